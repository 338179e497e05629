import Foundation
import Testing
@testable import CourseSigning

@Suite("Signatures and tampering")
struct SignatureTests {
    let key = MinisignSecretKey.generate()

    private func signedFile(_ dir: TempDir, comment: String = "timestamp:1700000000\tfile:course.zip")
        throws -> (file: URL, signature: String) {
        let file = try dir.write("course.zip", "lesson one\nlesson two\n" + UUID().uuidString)
        return (file, try Minisign.sign(fileAt: file, with: key, trustedComment: comment, untrustedComment: "coursec"))
    }

    @Test("sign then verify returns the trusted comment and key id; layout matches minisign")
    func roundTrip() throws {
        let dir = try TempDir()
        let comment = "timestamp:1700000000\tfile:course.zip\tcoursec ✓"
        let (file, signature) = try signedFile(dir, comment: comment)
        let lines = signature.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5 && lines[4] == "", "four newline-terminated lines")
        #expect(lines[0] == "untrusted comment: coursec")
        #expect(lines[2] == "trusted comment: \(comment)")
        let sigStruct = try #require(Data(base64Encoded: String(lines[1])))
        #expect(sigStruct.count == 74 && Array(sigStruct.prefix(2)) == Array("ED".utf8))
        #expect(Array(sigStruct[2..<10]) == key.keyID)

        let result = try Minisign.verify(fileAt: file, signatureFileContents: signature, publicKey: key.publicKey)
        #expect(result.trustedComment == comment)
        #expect(result.keyID == key.keyID)
        #expect(result.isPrehashed)
        // CRLF line ends (a signature copied through Windows) still verify.
        let crlf = signature.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Minisign.verify(fileAt: file, signatureFileContents: crlf, publicKey: key.publicKey) == result)
    }

    @Test("a flipped byte in the file is an invalid signature")
    func flippedByte() throws {
        let dir = try TempDir()
        let (file, signature) = try signedFile(dir)
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[3] ^= 0x20
        try Data(bytes).write(to: file)
        #expect(throws: SigningError.signatureInvalid) {
            try Minisign.verify(fileAt: file, signatureFileContents: signature, publicKey: key.publicKey)
        }
    }

    @Test("an edited trusted comment is detected by the global signature")
    func editedTrustedComment() throws {
        let dir = try TempDir()
        let (file, signature) = try signedFile(dir, comment: "timestamp:1700000000\tfile:course.zip")
        let edited = signature.replacingOccurrences(of: "timestamp:1700000000", with: "timestamp:1800000000")
        #expect(edited != signature)
        #expect(throws: SigningError.trustedCommentAltered) {
            try Minisign.verify(fileAt: file, signatureFileContents: edited, publicKey: key.publicKey)
        }
        // The untrusted comment is not signed: editing it is allowed.
        let relabelled = signature.replacingOccurrences(of: "untrusted comment: coursec", with: "untrusted comment: x")
        #expect(throws: Never.self) {
            try Minisign.verify(fileAt: file, signatureFileContents: relabelled, publicKey: key.publicKey)
        }
    }

    @Test("a signature from another key is a key id mismatch naming both ids")
    func otherKey() throws {
        let dir = try TempDir()
        let (file, signature) = try signedFile(dir)
        let other = MinisignSecretKey.generate().publicKey
        let error = #expect(throws: SigningError.self) {
            try Minisign.verify(fileAt: file, signatureFileContents: signature, publicKey: other)
        }
        #expect(error == .keyIDMismatch(signatureKeyID: key.keyIDHex, publicKeyID: other.keyIDHex))
        // Same key id but different key bytes: the signature itself fails.
        let impostor = MinisignPublicKey(keyID: key.keyID, keyBytes: other.keyBytes)
        #expect(throws: SigningError.signatureInvalid) {
            try Minisign.verify(fileAt: file, signatureFileContents: signature, publicKey: impostor)
        }
    }

    @Test("malformed signature files are reported as such", arguments: [
        "", "untrusted comment: x\n", "hello\nworld\nfoo\nbar\n",
        "untrusted comment: x\nnot-base64!\ntrusted comment: y\nAAAA\n",
    ])
    func malformed(text: String) throws {
        let dir = try TempDir()
        let file = try dir.write("f", "data")
        let error = #expect(throws: SigningError.self) {
            try Minisign.verify(fileAt: file, signatureFileContents: text, publicKey: key.publicKey)
        }
        if case .malformedSignature = error {} else { Issue.record("expected malformedSignature, got \(String(describing: error))") }
    }

    @Test("missing trusted comment line and unsupported algorithms")
    func structuralErrors() throws {
        let dir = try TempDir()
        let (file, signature) = try signedFile(dir)
        var lines = signature.split(separator: "\n").map(String.init)
        lines[2] = "comment: no prefix"
        let error = #expect(throws: SigningError.self) {
            try Minisign.verify(fileAt: file, signatureFileContents: lines.joined(separator: "\n"), publicKey: key.publicKey)
        }
        if case .malformedSignature = error {} else { Issue.record("expected malformedSignature") }

        var sigStruct = try [UInt8](#require(Data(base64Encoded: signature.split(separator: "\n").map(String.init)[1])))
        sigStruct[1] = UInt8(ascii: "X")
        lines = signature.split(separator: "\n").map(String.init)
        lines[1] = Data(sigStruct).base64EncodedString()
        let algorithm = #expect(throws: SigningError.self) {
            try Minisign.verify(fileAt: file, signatureFileContents: lines.joined(separator: "\n"), publicKey: key.publicKey)
        }
        if case .unsupportedAlgorithm = algorithm {} else { Issue.record("expected unsupportedAlgorithm") }
    }

    @Test("comments with line breaks are rejected, not silently changed")
    func commentsMustBeOneLine() throws {
        let dir = try TempDir()
        let file = try dir.write("f", "data")
        for bad in ["two\nlines", "carriage\rreturn", String(repeating: "x", count: 9000)] {
            #expect(throws: SigningError.self) { try Minisign.sign(fileAt: file, with: key, trustedComment: bad) }
        }
        #expect(throws: SigningError.self) {
            try Minisign.sign(fileAt: file, with: key, trustedComment: "ok", untrustedComment: "a\nb")
        }
    }

    @Test("a missing file is a readable error naming the path")
    func missingFile() throws {
        let dir = try TempDir()
        let missing = dir.file("nope.zip")
        let error = #expect(throws: SigningError.self) {
            try Minisign.sign(fileAt: missing, with: key, trustedComment: "x")
        }
        #expect(error?.description.contains("nope.zip") == true)
    }

    @Test("signing streams a ~64 MiB sparse file")
    func largeFile() throws {
        let dir = try TempDir()
        let url = dir.file("big.bin")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 123)
        try handle.seek(toOffset: 64 * 1024 * 1024)
        try handle.write(contentsOf: Data("tail".utf8))
        try handle.close()
        let signature = try Minisign.sign(fileAt: url, with: key, trustedComment: "big")
        #expect(try Minisign.verify(fileAt: url, signatureFileContents: signature, publicKey: key.publicKey)
            .trustedComment == "big")
    }
}
