import Foundation
import Testing
import CourseSigning

/// Interop with the stock `minisign` binary: what coursec writes, minisign
/// must accept, and what minisign writes, coursec must read.
@Suite("Interop with /usr/bin/minisign", .enabled(if: MinisignTool.isAvailable, Comment(rawValue: MinisignTool.skipMessage)))
struct MinisignInteropTests {
    private func minisignVerifies(_ dir: TempDir, file: String, signature: String, publicKey: String,
                                  expectComment comment: String) throws {
        let result = try MinisignTool.run(["-V", "-H", "-m", file, "-x", signature, "-p", publicKey], in: dir.url)
        #expect(result.status == 0, "minisign -V failed: \(result.stderr)")
        #expect(result.stdout.contains("Trusted comment: \(comment)\n"), "stdout was: \(result.stdout)")
    }

    @Test("minisign -V accepts a coursec signature and prints the trusted comment")
    func minisignVerifiesCoursec() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate()
        try key.publicKey.write(to: dir.file("coursec.pub"))
        let file = try dir.write("course.zip", "course bytes \(UUID())")
        let comment = "timestamp:\(Int(Date().timeIntervalSince1970))\tfile:course.zip\tcoursec"
        let signature = try Minisign.sign(fileAt: file, with: key, trustedComment: comment, untrustedComment: "coursec release")
        try dir.write("course.zip.minisig", signature)
        try minisignVerifies(dir, file: "course.zip", signature: "course.zip.minisig", publicKey: "coursec.pub",
                             expectComment: comment)

        // And minisign agrees a modified file no longer verifies.
        try dir.write("course.zip", "course bytes changed")
        let tampered = try MinisignTool.run(["-V", "-m", "course.zip", "-p", "coursec.pub"], in: dir.url)
        #expect(tampered.status != 0)
        #expect(throws: SigningError.signatureInvalid) {
            try Minisign.verify(fileAt: file, signatureFileContents: signature, publicKey: key.publicKey)
        }
    }

    @Test("an unencrypted minisign -G -W key is read, signs for minisign, and minisign signatures verify")
    func unencryptedMinisignKey() throws {
        let dir = try TempDir()
        let generated = try MinisignTool.run(["-G", "-W", "-p", "m.pub", "-s", "m.key"], in: dir.url)
        try #require(generated.status == 0, "minisign -G -W failed: \(generated.stderr)")
        let pubText = try dir.read("m.pub")
        let publicKey = try MinisignPublicKey(fileContents: pubText)
        let secretKey = try MinisignSecretKey.read(fileContents: dir.read("m.key"), password: nil)
        #expect(secretKey.publicKey == publicKey)
        let shownID = try #require(pubText.split(separator: "\n").first?.split(separator: " ").last)
        #expect(UInt64(shownID, radix: 16) == UInt64(publicKey.keyIDHex, radix: 16),
                "minisign's comment shows the same key id")

        let file = try dir.write("notes.pdf", "pdf bytes \(UUID())")
        try dir.write("notes.pdf.minisig",
                      Minisign.sign(fileAt: file, with: secretKey, trustedComment: "from coursec", untrustedComment: "x"))
        try minisignVerifies(dir, file: "notes.pdf", signature: "notes.pdf.minisig", publicKey: "m.pub",
                             expectComment: "from coursec")

        let signed = try MinisignTool.run(["-S", "-s", "m.key", "-m", "notes.pdf", "-x", "by-minisign.minisig",
                                           "-t", "from minisign"], in: dir.url)
        try #require(signed.status == 0, "minisign -S failed: \(signed.stderr)")
        let verification = try Minisign.verify(fileAt: file, signatureFileContents: dir.read("by-minisign.minisig"),
                                               publicKey: publicKey)
        #expect(verification.trustedComment == "from minisign")
        #expect(verification.isPrehashed)

        // Legacy (-l, non-prehashed "Ed") signatures are still verified.
        let legacy = try MinisignTool.run(["-S", "-l", "-s", "m.key", "-m", "notes.pdf", "-x", "legacy.minisig",
                                           "-t", "legacy"], in: dir.url)
        try #require(legacy.status == 0, "minisign -S -l failed: \(legacy.stderr)")
        let legacyResult = try Minisign.verify(fileAt: file, signatureFileContents: dir.read("legacy.minisig"),
                                               publicKey: publicKey)
        #expect(legacyResult.trustedComment == "legacy")
        #expect(!legacyResult.isPrehashed)
        try dir.write("notes.pdf", "altered")
        #expect(throws: SigningError.signatureInvalid) {
            try Minisign.verify(fileAt: file, signatureFileContents: dir.read("legacy.minisig"), publicKey: publicKey)
        }
    }

    @Test("an encrypted minisign -G key is read with its password; a wrong password is a clear error")
    func encryptedMinisignKey() throws {
        let dir = try TempDir()
        let password = randomPassword()
        // minisign reads the password (twice) with fgets from stdin when it is not a TTY.
        let generated = try MinisignTool.run(["-G", "-p", "m.pub", "-s", "m.key"],
                                             stdin: "\(password)\n\(password)\n", in: dir.url)
        try #require(generated.status == 0, "minisign -G failed: \(generated.stderr)")
        let keyText = try dir.read("m.key")
        let publicKey = try MinisignPublicKey(fileContents: dir.read("m.pub"))

        let secretKey = try MinisignSecretKey.read(fileContents: keyText, password: password)
        #expect(secretKey.publicKey == publicKey)

        let wrong = #expect(throws: SigningError.self) {
            try MinisignSecretKey.read(fileContents: keyText, password: "not-" + password)
        }
        #expect(wrong == .wrongPassword)
        #expect(wrong?.description.lowercased().contains("wrong password") == true)
        #expect(wrong.map { !$0.description.contains(password) } == true)
        #expect(throws: SigningError.passwordRequired) {
            try MinisignSecretKey.read(fileContents: keyText, password: nil)
        }

        let file = try dir.write("a.txt", "payload \(UUID())")
        try dir.write("a.txt.minisig", Minisign.sign(fileAt: file, with: secretKey, trustedComment: "enc", untrustedComment: "x"))
        try minisignVerifies(dir, file: "a.txt", signature: "a.txt.minisig", publicKey: "m.pub", expectComment: "enc")
    }

    @Test("a password-protected coursec key pair is usable by minisign -S; both tools verify the result")
    func coursecKeyUsedByMinisign() throws {
        let dir = try TempDir()
        let password = randomPassword()
        let key = MinisignSecretKey.generate()
        try key.write(to: dir.file("c.key"), password: password)
        try key.publicKey.write(to: dir.file("c.pub"))
        let file = try dir.write("b.txt", "payload \(UUID())")

        let signed = try MinisignTool.run(["-S", "-s", "c.key", "-p", "c.pub", "-m", "b.txt", "-t", "signed by minisign"],
                                          stdin: "\(password)\n", in: dir.url)
        try #require(signed.status == 0, "minisign -S with the coursec key failed: \(signed.stderr)")
        try minisignVerifies(dir, file: "b.txt", signature: "b.txt.minisig", publicKey: "c.pub",
                             expectComment: "signed by minisign")
        let result = try Minisign.verify(fileAt: file, signatureFileContents: dir.read("b.txt.minisig"),
                                         publicKey: key.publicKey)
        #expect(result.trustedComment == "signed by minisign")
        #expect(result.keyID == key.keyID)

        let refused = try MinisignTool.run(["-S", "-s", "c.key", "-m", "b.txt", "-x", "no.minisig"],
                                           stdin: "wrong\n", in: dir.url)
        #expect(refused.status != 0, "minisign must reject the wrong password too")
    }

    @Test("an unencrypted coursec key is usable by minisign -S without a password")
    func unencryptedCoursecKeyUsedByMinisign() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate()
        try key.write(to: dir.file("c.key"), password: nil)
        try key.publicKey.write(to: dir.file("c.pub"))
        let file = try dir.write("d.txt", "payload \(UUID())")
        let signed = try MinisignTool.run(["-S", "-s", "c.key", "-m", "d.txt", "-t", "nopw"], in: dir.url)
        try #require(signed.status == 0, "minisign -S failed: \(signed.stderr)")
        #expect(try Minisign.verify(fileAt: file, signatureFileContents: dir.read("d.txt.minisig"),
                                    publicKey: key.publicKey).trustedComment == "nopw")
    }

    @Test("minisign -V accepts a coursec signature of a ~64 MiB sparse file")
    func largeFileInterop() throws {
        let dir = try TempDir()
        let key = MinisignSecretKey.generate()
        try key.publicKey.write(to: dir.file("k.pub"))
        let url = dir.file("big.bin")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 7)
        try handle.close()
        try dir.write("big.bin.minisig", Minisign.sign(fileAt: url, with: key, trustedComment: "big", untrustedComment: "x"))
        try minisignVerifies(dir, file: "big.bin", signature: "big.bin.minisig", publicKey: "k.pub", expectComment: "big")
    }
}
