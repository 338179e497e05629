import Foundation
import Testing
@testable import CourseRelease

@Suite struct SourceRevisionTests {
    static let hasGit = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    func git(_ arguments: [String], in dir: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", dir.path, "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func aFolderOutsideGitHasNoRevision() throws {
        let dir = try ReleaseFixture.temporaryFolder()
        #expect(SourceRevision.of(dir) == .init(revision: nil, dirty: nil))
    }

    @Test(.enabled(if: hasGit, "git is not installed")) func aCheckoutGivesItsCommitAndWhetherItIsDirty() throws {
        let dir = try ReleaseFixture.temporaryFolder()
        let sources = dir.appendingPathComponent("Courses")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data("a".utf8).write(to: sources.appendingPathComponent("coursec.yaml"))
        try git(["init", "-q"], in: dir)
        try git(["add", "."], in: dir)
        try git(["commit", "-q", "-m", "x"], in: dir)
        let clean = SourceRevision.of(sources)
        #expect(clean.revision?.count == 40)
        #expect(clean.dirty == false)
        // Work outside the sources' folder does not make them dirty.
        try Data("b".utf8).write(to: dir.appendingPathComponent("notas.txt"))
        #expect(SourceRevision.of(sources).dirty == false)
        try Data("b".utf8).write(to: sources.appendingPathComponent("coursec.yaml"))
        #expect(SourceRevision.of(sources) == .init(revision: clean.revision, dirty: true))
    }
}
