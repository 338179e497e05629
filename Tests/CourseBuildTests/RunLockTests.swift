import CoursecTestSupport
@testable import CourseBuild
import Foundation
import Testing

/// What a run removes beside its output before it starts: only leftovers
/// of runs that died, recognised by name, marker and a free lock.
@Suite struct RunLockTests {
    func output() throws -> URL {
        try ScratchFolder.make("run-lock").appendingPathComponent("out")
    }

    func names(beside output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).sorted()
    }

    /// A leftover as a killed run leaves it: a marked lock file nobody holds and a work folder.
    func deadRun(for output: URL) throws -> URL {
        let folder = RunLock.workFolder(for: output, id: UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mct"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("mct/a.zip"))
        try Data(RunLock.marker.utf8).write(to: folder.appendingPathExtension("lock"))
        return folder
    }

    @Test func aDeadRunsFolderAndLockAreRemoved() throws {
        let out = try output()
        _ = try deadRun(for: out)
        // A folder whose lock file is already gone (killed while cleaning up) goes too.
        let orphan = RunLock.workFolder(for: out, id: UUID().uuidString)
        try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        #expect(try names(beside: out).count == 3)
        RunLock.removeLeftovers(of: out)
        #expect(try names(beside: out) == [])
    }

    @Test func aLiveRunIsNotTouched() throws {
        let out = try output()
        let id = UUID().uuidString
        let lock = try RunLock(output: out, id: id)
        let folder = RunLock.workFolder(for: out, id: id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        RunLock.removeLeftovers(of: out) // the lock is held (by another open file description)
        #expect(FileManager.default.fileExists(atPath: folder.path))
        #expect(FileManager.default.fileExists(atPath: lock.url.path))
        try FileManager.default.removeItem(at: folder)
        lock.release()
        #expect(try names(beside: out) == [])
    }

    @Test func filesThatAreNotCoursecsAreNotTouched() throws {
        let out = try output()
        let parent = out.deletingLastPathComponent()
        // An unmarked lock file, a name without a UUID, another output's run, the output itself.
        let unmarked = RunLock.workFolder(for: out, id: UUID().uuidString)
        try FileManager.default.createDirectory(at: unmarked, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: unmarked.appendingPathExtension("lock"))
        try FileManager.default.createDirectory(at: parent.appendingPathComponent(".out.coursec-work-notes"), withIntermediateDirectories: true)
        _ = try deadRun(for: parent.appendingPathComponent("other"))
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let before = try names(beside: out)
        RunLock.removeLeftovers(of: out)
        #expect(try names(beside: out) == before)
    }

    @Test func theTreeTheOutputLinksToIsKept() throws {
        let out = try output()
        let live = try deadRun(for: out)
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: live.lastPathComponent)
        OutputStaging.removeLeftovers(of: out)
        #expect(FileManager.default.fileExists(atPath: live.appendingPathComponent("mct/a.zip").path))
        #expect(try names(beside: out) == [live.lastPathComponent, "out"].sorted())
    }
}
