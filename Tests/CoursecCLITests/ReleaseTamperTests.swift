import Foundation
import Testing

/// `coursec verify` on a release that was tampered with: each change is
/// caught, the file is named, and the exit status is 1.
@Suite struct ReleaseTamperTests {
    struct Fixture {
        var release: URL
        var publicKey: String
        var files: [String]
    }

    func fixture() throws -> Fixture {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let out = dir.appendingPathComponent("fase-2")
        let release = try ReleaseSupport.release(sources, phase: "fase-2", out: out, key: key.secret)
        #expect(release.status == 0, "\(release.stdout)\(release.stderr)")
        let files = try ReleaseSupport.listedFiles(out)
        #expect(files.count >= 3)
        return Fixture(release: out, publicKey: key.public, files: files)
    }

    func verify(_ f: Fixture, json: Bool = false) throws -> CLIRunner.Output {
        try CLIRunner.run(["verify", "--pubkey", f.publicKey, f.release.path] + (json ? ["--format", "json"] : []))
    }

    func expectCaught(_ f: Fixture, _ path: String, _ status: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let out = try verify(f)
        #expect(out.status == 1, "\(out.stdout)", sourceLocation: sourceLocation)
        #expect(out.stdout.contains("FAILED"), sourceLocation: sourceLocation)
        #expect(out.stdout.range(of: "\(status) +\(NSRegularExpression.escapedPattern(for: path)): ", options: .regularExpression) != nil,
                "expected \(status) \(path) in:\n\(out.stdout)", sourceLocation: sourceLocation)
    }

    @Test func anUntouchedReleaseVerifies() throws {
        let f = try fixture()
        let out = try verify(f)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.hasPrefix("OK "))
        let json = try verify(f, json: true)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(parsed["ok"] as? Bool == true)
    }

    @Test func flippingOneByte() throws {
        let f = try fixture()
        let url = f.release.appendingPathComponent(f.files[0])
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: url)
        try expectCaught(f, f.files[0], "altered")
    }

    @Test func truncating() throws {
        let f = try fixture()
        let url = f.release.appendingPathComponent(f.files[0])
        let bytes = try Data(contentsOf: url)
        try Data(bytes.prefix(bytes.count / 2)).write(to: url)
        try expectCaught(f, f.files[0], "truncated")
    }

    @Test func swappingTwoFiles() throws {
        let f = try fixture()
        let a = f.release.appendingPathComponent(f.files[0]), b = f.release.appendingPathComponent(f.files[1])
        let tmp = f.release.appendingPathComponent(".swap")
        try FileManager.default.moveItem(at: a, to: tmp)
        try FileManager.default.moveItem(at: b, to: a)
        try FileManager.default.moveItem(at: tmp, to: b)
        let out = try verify(f)
        #expect(out.status == 1)
        #expect(out.stdout.contains(" \(f.files[0]): ") && out.stdout.contains(" \(f.files[1]): "), "\(out.stdout)")
    }

    @Test func deletingOne() throws {
        let f = try fixture()
        try FileManager.default.removeItem(at: f.release.appendingPathComponent(f.files[0]))
        try expectCaught(f, f.files[0], "missing")
    }

    @Test func addingOne() throws {
        let f = try fixture()
        try Data("nuevo".utf8).write(to: f.release.appendingPathComponent("leccion-extra.pdf"))
        try expectCaught(f, "leccion-extra.pdf", "extra")
    }

    @Test func editingReleaseJSON() throws {
        let f = try fixture()
        let url = f.release.appendingPathComponent("release.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"fase-2\"", with: "\"fase-9\"").write(to: url, atomically: true, encoding: .utf8)
        try expectCaught(f, "release.json", "altered")
    }

    @Test func signingWithAnotherKey() throws {
        let f = try fixture()
        let other = try ReleaseSupport.key(in: f.release.deletingLastPathComponent(), name: "otra")
        let out = try CLIRunner.run(["verify", "--pubkey", other.public, f.release.path])
        #expect(out.status == 1)
        #expect(out.stdout.contains("wrong-key  release.json: signed with key"), "\(out.stdout)")
    }

    @Test func aSingleArtifactAndItsSignature() throws {
        let f = try fixture()
        let file = f.release.appendingPathComponent(f.files[0]).path
        #expect(try CLIRunner.run(["verify", "--pubkey", f.publicKey, file]).status == 0)
        let other = try ReleaseSupport.key(in: f.release.deletingLastPathComponent(), name: "otra")
        let wrong = try CLIRunner.run(["verify", "--pubkey", other.public, "--format", "json", file])
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("\"status\" : \"wrong-key\""), "\(wrong.stdout)")
    }

    @Test func usageErrorsExitTwo() throws {
        let f = try fixture()
        #expect(try CLIRunner.run(["verify", "--pubkey", "/nonexistent.pub", f.release.path]).status == 2)
        #expect(try CLIRunner.run(["verify", "--pubkey", f.publicKey, "/nonexistent/release"]).status == 2)
        #expect(try CLIRunner.run(["verify", "--pubkey", f.publicKey, "--format", "yaml", f.release.path]).status == 2)
    }
}
