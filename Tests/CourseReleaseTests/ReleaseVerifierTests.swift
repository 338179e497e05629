import CourseDigest
import CourseSigning
import Foundation
import Testing
@testable import CourseRelease

/// Every kind of tampering is caught and names the file concerned.
@Suite struct ReleaseVerifierTests {
    let key = MinisignSecretKey.generate()

    func release() throws -> URL {
        let out = try ReleaseFixture.temporaryFolder().appendingPathComponent("release")
        _ = try ReleaseFixture.release(try ReleaseFixture.courses(), phase: "fase-2", into: out, key: key)
        return out
    }

    func findings(_ folder: URL, key: MinisignPublicKey? = nil) -> [VerificationReport.Finding] {
        ReleaseVerifier(publicKey: key ?? self.key.publicKey).verifyRelease(folder, shownAs: "r").findings
    }

    @Test func aFlippedByteInAnArtifactIsAltered() throws {
        let out = try release()
        let url = out.appendingPathComponent("fake/matematicas-1.txt")
        var bytes = try Data(contentsOf: url)
        bytes[3] ^= 0x01
        try bytes.write(to: url)
        #expect(findings(out).map(\.status) == [.altered])
        #expect(findings(out).map(\.path) == ["fake/matematicas-1.txt"])
    }

    @Test func aTruncatedFileIsTruncated() throws {
        let out = try release()
        let url = out.appendingPathComponent("fake/matematicas-1.txt")
        try Data(try Data(contentsOf: url).prefix(5)).write(to: url)
        #expect(findings(out).map { "\($0.status.rawValue):\($0.path)" } == ["truncated:fake/matematicas-1.txt"])
    }

    @Test func deletedAndAddedFilesAreNamed() throws {
        let out = try release()
        try FileManager.default.removeItem(at: out.appendingPathComponent("fake/site/css/style.css"))
        try Data("x".utf8).write(to: out.appendingPathComponent("fake/extra.zip"))
        #expect(findings(out).map { "\($0.status.rawValue):\($0.path)" } == ["extra:fake/extra.zip", "missing:fake/site/css/style.css"])
    }

    @Test func swappedFilesAreBothAltered() throws {
        let out = try release()
        let a = out.appendingPathComponent("CHANGES.md"), b = out.appendingPathComponent("fake/matematicas-1.txt")
        let tmp = out.appendingPathComponent("swap")
        try FileManager.default.moveItem(at: a, to: tmp)
        try FileManager.default.moveItem(at: b, to: a)
        try FileManager.default.moveItem(at: tmp, to: b)
        #expect(Set(findings(out).map(\.path)) == ["CHANGES.md", "fake/matematicas-1.txt"])
    }

    @Test func aFileSwappedTogetherWithItsSignatureIsCaught() throws {
        let out = try release()
        // Replace the artifact and its signature with another validly signed pair.
        let other = try ReleaseFixture.temporaryFolder().appendingPathComponent("other.txt")
        try Data("otro contenido".utf8).write(to: other)
        let comment = TrustedComment(artifact: "fake/matematicas-1.txt", course: nil, phase: "fase-2",
                                     sha256: try FileDigest.sha256Hex(fileAt: other), signed: Date())
        let signature = try Minisign.sign(fileAt: other, with: key, trustedComment: comment.text)
        try FileManager.default.removeItem(at: out.appendingPathComponent("fake/matematicas-1.txt"))
        try FileManager.default.copyItem(at: other, to: out.appendingPathComponent("fake/matematicas-1.txt"))
        try signature.write(to: out.appendingPathComponent("fake/matematicas-1.txt.minisig"), atomically: true, encoding: .utf8)
        #expect(findings(out).map(\.path) == ["fake/matematicas-1.txt"])
    }

    @Test func anEditedManifestStopsVerification() throws {
        let out = try release()
        let url = out.appendingPathComponent("release.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"fase-2\"", with: "\"fase-3\"")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(findings(out).map { "\($0.status.rawValue):\($0.path)" } == ["altered:release.json"])
    }

    @Test func anotherKeyIsWrongKey() throws {
        let out = try release()
        let found = findings(out, key: MinisignSecretKey.generate().publicKey)
        #expect(found.map { "\($0.status.rawValue):\($0.path)" } == ["wrong-key:release.json"])
    }

    @Test func anArtifactResignedWithAnotherKeyIsWrongKey() throws {
        let out = try release()
        let other = MinisignSecretKey.generate()
        let url = out.appendingPathComponent("fake/matematicas-1.txt")
        let signature = try Minisign.sign(fileAt: url, with: other, trustedComment: "coursec artifact=fake/matematicas-1.txt")
        try signature.write(to: URL(fileURLWithPath: url.path + ".minisig"), atomically: true, encoding: .utf8)
        #expect(findings(out).map { "\($0.status.rawValue):\($0.path)" } == ["wrong-key:fake/matematicas-1.txt"])
    }

    @Test func aLinkInsideTheReleaseIsUnsafe() throws {
        let out = try release()
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("fake/passwd").path,
                                                   withDestinationPath: "/etc/passwd")
        #expect(findings(out).map { "\($0.status.rawValue):\($0.path)" } == ["unsafe:fake/passwd"])
    }

    @Test func aSingleArtifactIsCheckedAgainstItsSignature() throws {
        let out = try release()
        let verifier = ReleaseVerifier(publicKey: key.publicKey)
        let url = out.appendingPathComponent("fake/matematicas-1.txt")
        let good = verifier.verifyArtifact(url, shownAs: url.path)
        #expect(good.ok)
        #expect(good.phase == "fase-2")
        try FileManager.default.removeItem(at: URL(fileURLWithPath: url.path + ".minisig"))
        #expect(verifier.verifyArtifact(url, shownAs: url.path).findings.map(\.status) == [.missingSignature])
    }
}
