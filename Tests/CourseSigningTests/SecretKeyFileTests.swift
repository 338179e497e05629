import Foundation
import Testing
@testable import CourseSigning

@Suite("Secret key files")
struct SecretKeyFileTests {
    /// Decodes the 158-byte structure of a secret key file (second line).
    private func structure(of text: String) throws -> [UInt8] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3, "comment line, base64 line, then the final newline")
        #expect(lines.last == "")
        let data = try #require(Data(base64Encoded: String(lines[1])))
        return [UInt8](data)
    }

    @Test("encrypted round trip with minisign's scrypt limits; wrong or missing password is refused")
    func encryptedRoundTrip() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate()
        let password = randomPassword()
        let url = dir.file("coursec.key")
        try key.write(to: url, password: password)

        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
        #expect(leftovers == ["coursec.key"], "no temporary file may be left behind")

        let text = try dir.read("coursec.key")
        #expect(text.hasPrefix("untrusted comment: minisign encrypted secret key\n"))
        let raw = try structure(of: text)
        #expect(raw.count == 158)
        #expect(Array(raw[0..<6]) == Array("EdScB2".utf8))
        #expect(Sodium.loadLE64(raw[38..<46]) == 33_554_432, "crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE")
        #expect(Sodium.loadLE64(raw[46..<54]) == 1_073_741_824, "crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE")
        #expect(Array(raw[54..<62]) != key.keyID, "the key id is encrypted along with the key")

        let loaded = try MinisignSecretKey.read(from: url, password: password)
        #expect(loaded.keyID == key.keyID)
        #expect(loaded.publicKey == key.publicKey)

        let wrong = #expect(throws: SigningError.self) {
            try MinisignSecretKey.read(fileContents: text, password: password + "x")
        }
        #expect(wrong == .wrongPassword)
        #expect(wrong.map { !$0.description.contains(password) } == true)
        let missing = #expect(throws: SigningError.self) {
            try MinisignSecretKey.read(fileContents: text, password: nil)
        }
        #expect(missing == .passwordRequired)
    }

    @Test("unencrypted round trip uses kdf none with zero salt and limits, like minisign -G -W")
    func unencryptedRoundTrip() throws {
        let key = MinisignSecretKey.generate()
        let text = try key.fileContents(password: nil)
        let raw = try structure(of: text)
        #expect(raw.count == 158)
        #expect(Array(raw[0..<6]) == [UInt8(ascii: "E"), UInt8(ascii: "d"), 0, 0, UInt8(ascii: "B"), UInt8(ascii: "2")])
        #expect(raw[6..<54].allSatisfy { $0 == 0 }, "salt and KDF limits are zero without a password")
        #expect(Array(raw[54..<62]) == key.keyID)

        let loaded = try MinisignSecretKey.read(fileContents: text, password: nil)
        #expect(loaded.keyID == key.keyID)
        #expect(loaded.publicKey == key.publicKey)
        // A password given for an unencrypted key is ignored, as minisign does.
        #expect(try MinisignSecretKey.read(fileContents: text, password: "unused").publicKey == key.publicKey)
    }

    @Test("fast-KDF encrypted round trip through the internal limits")
    func fastEncryptedRoundTrip() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate()
        let password = randomPassword()
        try key.write(to: dir.file("k"), password: password, limits: .interactive)
        let loaded = try MinisignSecretKey.read(from: dir.file("k"), password: password)
        #expect(loaded.publicKey == key.publicKey)
        #expect(throws: SigningError.wrongPassword) {
            try MinisignSecretKey.read(from: dir.file("k"), password: "")
        }
        // The empty string is a real (if weak) password, distinct from "none".
        try key.write(to: dir.file("empty"), password: "", limits: .interactive)
        #expect(try MinisignSecretKey.read(from: dir.file("empty"), password: "").keyID == key.keyID)
        #expect(throws: SigningError.passwordRequired) {
            try MinisignSecretKey.read(from: dir.file("empty"), password: nil)
        }
    }

    @Test("a damaged unencrypted key is detected")
    func corruptUnencryptedKey() throws {
        let key = MinisignSecretKey.generate()
        var raw = try structure(of: key.fileContents(password: nil))
        raw[80] ^= 0x01  // inside the Ed25519 secret key
        let text = "untrusted comment: x\n" + Data(raw).base64EncodedString() + "\n"
        #expect(throws: SigningError.corruptSecretKey) {
            try MinisignSecretKey.read(fileContents: text, password: nil)
        }
    }

    @Test("malformed secret key files get format errors that never echo the input")
    func malformedSecretKey() throws {
        let password = randomPassword()
        for text in ["", "untrusted comment: only one line\n", "untrusted comment: x\n\(password)\n",
                     "untrusted comment: x\n" + Data(repeating: 7, count: 158).base64EncodedString() + "\n"] {
            let error = #expect(throws: SigningError.self) {
                try MinisignSecretKey.read(fileContents: text, password: password)
            }
            #expect(error.map { !$0.description.contains(password) } == true)
        }
    }

    @Test("secret key comments must be one line")
    func commentValidation() throws {
        let key = MinisignSecretKey.generate()
        #expect(throws: SigningError.self) { try key.fileContents(password: nil, untrustedComment: "a\nb") }
        let text = try key.fileContents(password: nil, untrustedComment: "release key 2025")
        #expect(text.hasPrefix("untrusted comment: release key 2025\n"))
    }
}
