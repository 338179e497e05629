import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches every folder of a repository with inotify and tells when files
/// changed. Folders created later (a new unit, a new `media/`) are watched
/// as soon as they appear, with what they already hold reported as changed.
/// Editors that save by writing a new file and renaming it over the old one
/// (vim, VS Code, JetBrains' safe write) are seen as the rename into place:
/// the folder is watched, not the file. Hidden folders (`.git`, coursec's
/// work folders) are not watched, and editors' scratch files (`.x.swp`,
/// `x~`, vim's `4913`) are ignored.
final class RepositoryWatcher: @unchecked Sendable {
    let root: URL
    private let inotify: Int32
    /// Written to wake `waitForChanges` up for `close`.
    private let wakeUp: (read: Int32, write: Int32)
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private var closed = false
    /// Folders that could not be watched (the system's limit on watches, say).
    private(set) var unwatched: [String] = []

    private static let events: UInt32 = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM)
        | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        | UInt32(IN_ATTRIB) | UInt32(IN_MODIFY) | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW)

    init(root: URL) throws {
        self.root = root.standardizedFileURL
        inotify = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard inotify >= 0 else { throw PreviewError.cannotWatch(path: root.path, reason: Message(verbatim: String(cString: strerror(errno)))) }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            Glibc.close(inotify)
            throw PreviewError.cannotWatch(path: root.path, reason: Message(verbatim: String(cString: strerror(errno))))
        }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wakeUp = (pipeEnds[0], pipeEnds[1])
        _ = watchTree("")
        guard folders.values.contains("") else {
            throw PreviewError.cannotWatch(path: root.path, reason: unwatched.isEmpty ? Message("not a folder") : Message("inotify refused it"))
        }
    }

    deinit {
        Glibc.close(inotify)
        Glibc.close(wakeUp.read)
        Glibc.close(wakeUp.write)
    }

    /// Ends a `waitForChanges` in progress and every later one.
    func close() {
        lock.withLock { closed = true }
        var byte: UInt8 = 1
        _ = Glibc.write(wakeUp.write, &byte, 1)
    }

    /// Blocks until a file changes, then until `quiet` seconds pass without
    /// another change (an editor's save is several events; a `git checkout`
    /// thousands), at most `longest` seconds. While every file written has
    /// been closed (or renamed into place), `settled` seconds are enough:
    /// the save is complete unless another begins. Returns the
    /// repository-relative paths that changed, sorted (empty when inotify's
    /// queue overflowed and anything may have changed), or nil once closed.
    func waitForChanges(quiet: Double = 0.03, settled: Double = 0.005, longest: Double = 0.5) -> [String]? {
        var changed = Set<String>()
        /// Files written and not yet closed.
        var writing = Set<String>()
        var overflowed = false
        // First wait: for ever; then each wait is the quiet period.
        var deadline: Double?
        var started: Double?
        while true {
            if lock.withLock({ closed }) { return nil }
            var timeout: Int32 = -1
            if let deadline {
                timeout = Int32(max(0, (deadline - Self.now()) * 1000).rounded(.up))
            }
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakeUp.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, timeout)
            if ready < 0, errno == EINTR { continue }
            if descriptors[1].revents != 0 { return nil }
            if ready == 0 {
                // Quiet long enough (or for too long since the first change).
                if overflowed { return [] }
                if !changed.isEmpty { return changed.sorted() }
                deadline = nil
                continue
            }
            let events = readEvents()
            overflowed = overflowed || events.overflowed
            changed.formUnion(events.paths)
            writing.formUnion(events.opened)
            writing.subtract(events.closed)
            guard !changed.isEmpty || overflowed else { continue }
            let now = Self.now()
            if started == nil { started = now }
            deadline = min(now + (writing.isEmpty ? settled : quiet), started! + longest)
        }
    }

    /// Drains the events inotify has queued: the paths they name, the files
    /// written to (or created) and those closed after writing, renamed into
    /// place or deleted, and whether the queue overflowed.
    private func readEvents() -> (paths: Set<String>, opened: Set<String>, closed: Set<String>, overflowed: Bool) {
        var paths = Set<String>(), opened = Set<String>(), closed = Set<String>()
        var overflowed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                    continue
                }
                guard let folder = lock.withLock({ folders[descriptor] }) else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    lock.withLock { _ = folders.removeValue(forKey: descriptor) }
                    continue
                }
                if name.isEmpty {
                    // The folder itself was deleted or moved: what it held changed.
                    if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0, !folder.isEmpty { paths.insert(folder) }
                    continue
                }
                guard !Self.isIgnored(name) else { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                paths.insert(path)
                if mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM)) != 0 {
                    opened.remove(path)
                    closed.insert(path)
                } else if mask & UInt32(IN_ISDIR) == 0, mask & (UInt32(IN_MODIFY) | UInt32(IN_CREATE)) != 0 {
                    opened.insert(path)
                    closed.remove(path)
                }
                if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                    // A new folder: watch it, and report what it already holds
                    // (files written before the watch was in place).
                    paths.formUnion(watchTree(path))
                }
            }
        }
        if overflowed {
            // Events were lost, new folders among them: look at every folder again.
            _ = watchTree("")
        }
        return (paths, opened, closed, overflowed)
    }

    /// Watches `path` and every folder under it; returns the files found.
    private func watchTree(_ path: String) -> [String] {
        let full = path.isEmpty ? root.path : root.path + "/" + path
        let descriptor = inotify_add_watch(inotify, full, Self.events)
        guard descriptor >= 0 else {
            if errno != ENOENT, errno != ENOTDIR { lock.withLock { unwatched.append(path) } }
            return []
        }
        lock.withLock { folders[descriptor] = path }
        var files: [String] = []
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else { return [] }
        for name in names.sorted() where !Self.isIgnored(name) {
            let child = path.isEmpty ? name : path + "/" + name
            var info = stat()
            guard lstat(full + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += watchTree(child)
            } else {
                files.append(child)
            }
        }
        return files
    }

    /// Hidden files and folders, and editors' scratch files.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913" || name.hasPrefix("#")
    }

    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
