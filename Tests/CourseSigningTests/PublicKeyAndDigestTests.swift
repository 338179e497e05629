import Foundation
import Testing
@testable import CourseSigning

@Suite("Public keys and file digests")
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

    @Test("SHA-256 known test vectors (FIPS 180-2)")
    func sha256Vectors() throws {
        #expect(FileDigest.sha256Hex(data: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.sha256Hex(data: Data("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let dir = try TempDir()
        let file = try dir.write("abc.txt", "abc")
        #expect(try FileDigest.sha256Hex(fileAt: file)
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // One million "a" (FIPS vector), spanning many 64 KiB chunks.
        let million = try dir.write("a.txt", String(repeating: "a", count: 1_000_000))
        #expect(try FileDigest.sha256Hex(fileAt: million)
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("streamed file digest equals the in-memory digest across chunk boundaries")
    func sha256Streaming() throws {
        let dir = try TempDir()
        for size in [0, 1, 65_535, 65_536, 65_537, 300_001] {
            let data = Data((0..<size).map { _ in UInt8.random(in: 0...255) })
            let url = dir.file("r\(size)")
            try data.write(to: url)
            #expect(try FileDigest.sha256Hex(fileAt: url) == FileDigest.sha256Hex(data: data))
        }
        #expect(throws: SigningError.self) { try FileDigest.sha256Hex(fileAt: dir.file("missing")) }
    }
}
