import CoursecTestSupport
@testable import CoursePreview
import Foundation
import Testing

/// The watcher sees what an author's editor does: writes, saves by rename,
/// new folders (and files written into them before the watch was in
/// place), deletions; and ignores editors' scratch files and hidden folders.
/// Each change is made before waiting, so inotify has queued it: no timing.
@Suite struct RepositoryWatcherTests {
    func folder() throws -> URL {
        let root = try ScratchFolder.make("watcher")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("curso/lecciones"), withIntermediateDirectories: true)
        try Data("---\nid: a\n---\n".utf8).write(to: root.appendingPathComponent("curso/lecciones/a.md"))
        return root
    }

    @Test func aWriteIsSeen() throws {
        let root = try folder()
        let watcher = try RepositoryWatcher(root: root)
        try Data("---\nid: a\ntitle: B\n---\n".utf8).write(to: root.appendingPathComponent("curso/lecciones/a.md"))
        #expect(watcher.waitForChanges() == ["curso/lecciones/a.md"])
    }

    @Test func aSaveByRenameIsSeenAndItsScratchFileIsNot() throws {
        let root = try folder()
        let watcher = try RepositoryWatcher(root: root)
        let scratch = root.appendingPathComponent("curso/lecciones/.a.md.tmp")
        try Data("nuevo".utf8).write(to: scratch)
        try Data("copia".utf8).write(to: root.appendingPathComponent("curso/lecciones/a.md~"))
        #expect(rename(scratch.path, root.appendingPathComponent("curso/lecciones/a.md").path) == 0)
        #expect(watcher.waitForChanges() == ["curso/lecciones/a.md"])
    }

    @Test func newFoldersAreWatchedWithWhatTheyHold() throws {
        let root = try folder()
        let watcher = try RepositoryWatcher(root: root)
        let unit = root.appendingPathComponent("curso/unidad-2/lecciones")
        try FileManager.default.createDirectory(at: unit, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: unit.appendingPathComponent("b.md"))
        let first = try #require(watcher.waitForChanges())
        #expect(first.contains("curso/unidad-2/lecciones/b.md"))
        // The new folder is watched from now on.
        try Data("y".utf8).write(to: unit.appendingPathComponent("b.md"))
        #expect(watcher.waitForChanges() == ["curso/unidad-2/lecciones/b.md"])
    }

    @Test func deletionsAreSeenAndHiddenFoldersAreNotWatched() throws {
        let root = try folder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let watcher = try RepositoryWatcher(root: root)
        try Data("z".utf8).write(to: root.appendingPathComponent(".git/index"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("curso/lecciones/a.md"))
        #expect(watcher.waitForChanges() == ["curso/lecciones/a.md"])
    }

    @Test func closeEndsAWait() throws {
        let root = try folder()
        let watcher = try RepositoryWatcher(root: root)
        watcher.close()
        #expect(watcher.waitForChanges() == nil)
    }
}
