import Foundation
import Testing
@testable import CourseSigning

@Suite("Public keys")
struct PublicKeyAndDigestTests {
    @Test("public key file round trip, base64 form and key id notation")
    func publicKeyRoundTrip() throws {
        let key = MinisignSecretKey.generate().publicKey
        let text = key.fileContents(untrustedComment: key.defaultUntrustedComment)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2] == "")
        #expect(lines[0] == "untrusted comment: minisign public key \(key.keyIDHex)")
        let raw = try [UInt8](#require(Data(base64Encoded: String(lines[1]))))
        #expect(raw == Array("Ed".utf8) + key.keyID + key.keyBytes)

        #expect(try MinisignPublicKey(fileContents: text) == key)
        #expect(try MinisignPublicKey(base64: String(lines[1]) + "\n") == key)

        #expect(key.keyIDHex.count == 16)
        #expect(key.keyIDHex == key.keyIDHex.uppercased())
        let number = try #require(UInt64(key.keyIDHex, radix: 16))
        #expect((0..<8).map { UInt8(truncatingIfNeeded: number >> (8 * UInt64($0))) } == key.keyID,
                "the hex is the id read as a little-endian u64")
    }

    @Test("malformed public keys are rejected", arguments: [
        "", "untrusted comment: only\n", "untrusted comment: x\nAAAA\n",
        "untrusted comment: x\n" + Data(repeating: 1, count: 42).base64EncodedString() + "\n",
    ])
    func malformedPublicKey(text: String) {
        #expect(throws: SigningError.self) { try MinisignPublicKey(fileContents: text) }
    }

    @Test("public key write produces a readable file without temp leftovers")
    func writePublicKey() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate().publicKey
        try key.write(to: dir.file("minisign.pub"))
        try key.write(to: dir.file("minisign.pub"))  // overwrite in place
        #expect(try MinisignPublicKey(fileContents: dir.read("minisign.pub")) == key)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["minisign.pub"])
    }
}
