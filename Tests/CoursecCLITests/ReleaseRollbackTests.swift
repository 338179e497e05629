import Foundation
import Testing

/// Rollback protection: an older release, however validly signed, does not
/// pass for a newer one; a release never goes back to an earlier phase; a
/// file re-signed with the same key outside a release does not verify; and
/// a release folder whose manifest was removed is tampering, not a usage error.
@Suite struct ReleaseRollbackTests {
    struct Chain {
        var dir: URL
        var sources: URL
        var key: (secret: String, public: String)
        var first: URL
        var second: URL
    }

    /// Release 1 (fase-1), then release 2 (fase-2, versions raised) on top of it.
    func chain() throws -> Chain {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let first = dir.appendingPathComponent("r1"), second = dir.appendingPathComponent("r2")
        let one = try ReleaseSupport.release(sources, phase: "fase-1", out: first, key: key.secret)
        #expect(one.status == 0, "\(one.stderr)")
        try ReleaseCommandTests.editForPhaseTwo(sources)
        let two = try ReleaseSupport.release(sources, phase: "fase-2", out: second, key: key.secret, previous: first)
        #expect(two.status == 0, "\(two.stderr)")
        return Chain(dir: dir, sources: sources, key: key, first: first, second: second)
    }

    @Test func releasesAreNumberedAndCarryTheirPhaseOrder() throws {
        let c = try chain()
        let one = try ReleaseSupport.manifest(c.first), two = try ReleaseSupport.manifest(c.second)
        #expect(one["release"] as? Int == 1)
        #expect(two["release"] as? Int == 2)
        #expect((one["phase"] as? [String: Any])?["order"] as? Int == 1)
        #expect((two["phase"] as? [String: Any])?["order"] as? Int == 2)
        #expect((two["previous"] as? [String: Any])?["release"] as? Int == 1)
    }

    @Test func verifyRefusesAReleaseOlderThanThePreviousOne() throws {
        let c = try chain()
        let rollback = try CLIRunner.run(["verify", "--pubkey", c.key.public, "--previous", c.second.path, c.first.path])
        #expect(rollback.status == 1, "\(rollback.stdout)\(rollback.stderr)")
        #expect(rollback.stdout.contains("rollback"), "\(rollback.stdout)")
        #expect(rollback.stdout.contains("release 1 is not newer than the previous release 2"), "\(rollback.stdout)")
        let same = try CLIRunner.run(["verify", "--pubkey", c.key.public, "--previous", c.second.path, c.second.path])
        #expect(same.status == 1, "a release is not newer than itself: \(same.stdout)")
        let forward = try CLIRunner.run(["verify", "--pubkey", c.key.public, "--previous", c.first.path, c.second.path])
        #expect(forward.status == 0, "\(forward.stdout)\(forward.stderr)")
    }

    @Test func verifyRefusesAReleaseBelowTheRecordedMinimum() throws {
        let c = try chain()
        let old = try CLIRunner.run(["verify", "--pubkey", c.key.public, "--min-release", "2", c.first.path])
        #expect(old.status == 1, "\(old.stdout)\(old.stderr)")
        #expect(old.stdout.contains("release 1 is older than the minimum release 2"), "\(old.stdout)")
        #expect(try CLIRunner.run(["verify", "--pubkey", c.key.public, "--min-release", "2", c.second.path]).status == 0)
        // A single artifact carries its release number in its signed trusted comment.
        let artifact = try #require(try ReleaseSupport.signedArtifacts(c.first).first)
        let file = try CLIRunner.run(["verify", "--pubkey", c.key.public, "--min-release", "2",
                                      c.first.appendingPathComponent(artifact).path])
        #expect(file.status == 1, "\(file.stdout)\(file.stderr)")
        #expect(try CLIRunner.run(["verify", "--pubkey", c.key.public, "--min-release", "1",
                                   c.first.appendingPathComponent(artifact).path]).status == 0)
    }

    @Test func releaseRefusesToGoBackToAnEarlierPhaseEvenWithAHigherVersion() throws {
        let c = try chain()
        try ReleaseSupport.edit(c.sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 2.0.0", with: "version: 3.0.0")
        }
        let back = c.dir.appendingPathComponent("r3")
        let out = try ReleaseSupport.release(c.sources, phase: "fase-1", out: back, key: c.key.secret, previous: c.second)
        #expect(out.status == 1, "\(out.stdout)\(out.stderr)")
        #expect(out.stderr.contains("phase 'fase-1' comes before phase 'fase-2' of the previous release"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: back.path))
        // Forward (and the same phase again) is fine.
        let again = try ReleaseSupport.release(c.sources, phase: "fase-2", out: back, key: c.key.secret, previous: c.second)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try ReleaseSupport.manifest(back)["release"] as? Int == 3)
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func anArtifactResignedWithStockMinisignDoesNotVerify() throws {
        let c = try chain()
        let artifact = try #require(try ReleaseSupport.signedArtifacts(c.second).first)
        let file = c.second.appendingPathComponent(artifact)
        // Same key, minisign's own default trusted comment (timestamp and file name).
        let sign = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-S", "-s", c.key.secret, "-m", file.path])
        #expect(sign.status == 0, "\(sign.stderr)")
        let stock = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-V", "-p", c.key.public, "-m", file.path])
        #expect(stock.status == 0, "the signature itself is valid: \(stock.stderr)")
        #expect(!stock.stdout.contains("coursec"), "\(stock.stdout)")
        for path in [c.second.path, file.path] {
            let out = try CLIRunner.run(["verify", "--pubkey", c.key.public, path])
            #expect(out.status == 1, "\(path): \(out.stdout)\(out.stderr)")
            #expect(out.stdout.contains("bad-signature"), "\(out.stdout)")
        }
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func aCoursecLookingCommentWithAnotherDigestDoesNotVerify() throws {
        let c = try chain()
        let artifact = try #require(try ReleaseSupport.signedArtifacts(c.second).first)
        let file = c.dir.appendingPathComponent("copia").appendingPathComponent((artifact as NSString).lastPathComponent)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: c.second.appendingPathComponent(artifact), to: file)
        let digest = try ReleaseSupport.runTool("/usr/bin/sha256sum", [file.path]).stdout.prefix(64)
        func signed(sha256: String) throws -> CLIRunner.Output {
            let comment = "coursec artifact=\(artifact) phase=fase-2 release=2 sha256=\(sha256) signed=2026-11-29T10:00:00Z"
            let sign = try ReleaseSupport.runTool(ReleaseSupport.minisign,
                                                  ["-S", "-s", c.key.secret, "-m", file.path, "-t", comment])
            #expect(sign.status == 0, "\(sign.stderr)")
            return try CLIRunner.run(["verify", "--pubkey", c.key.public, file.path])
        }
        // The name is right, the digest is not this file's.
        let wrong = try signed(sha256: String(repeating: "0", count: 64))
        #expect(wrong.status == 1, "\(wrong.stdout)")
        #expect(wrong.stdout.contains("does not give this file's SHA-256"), "\(wrong.stdout)")
        // The same comment with the digest sha256sum computes verifies.
        let right = try signed(sha256: String(digest))
        #expect(right.status == 0, "\(right.stdout)\(right.stderr)")
    }

    @Test func aReleaseFolderWithoutItsManifestIsTampering() throws {
        let c = try chain()
        try FileManager.default.removeItem(at: c.second.appendingPathComponent("release.json"))
        let out = try CLIRunner.run(["verify", "--pubkey", c.key.public, c.second.path])
        #expect(out.status == 1, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.contains("missing") && out.stdout.contains("release.json"), "\(out.stdout)")
        try FileManager.default.removeItem(at: c.second.appendingPathComponent("release.json.minisig"))
        #expect(try CLIRunner.run(["verify", "--pubkey", c.key.public, c.second.path]).status == 1)
    }
}
