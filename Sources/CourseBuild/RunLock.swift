import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The claim a run of `build` or `release` holds on its work folder beside
/// the output: a lock file `.<OUT>.coursec-work-<UUID>.lock` holding a
/// marker line and locked with `flock` for as long as the process lives.
/// The kernel drops the lock when the process dies, even by `kill -9`, so
/// a later run tells a leftover of a killed run (lock free) from a run
/// still going (lock held) and removes only the former.
///
/// A run creates its lock file before its work folder and removes it after
/// the folder, so a work folder without a lock file is always a leftover.
final class RunLock: @unchecked Sendable {
    /// What a lock file holds; a file with anything else is not coursec's.
    static let marker = "coursec work folder: removed by the next build or release of this output\n"
    static let infix = ".coursec-work-"
    /// Companions of a work folder that share its name: its lock and, on
    /// file systems that cannot swap folders, the link being put in place.
    static let suffixes = [".lock", ".link"]

    let url: URL
    private var fd: Int32

    /// Creates and locks the lock file of a new run for `output`.
    init(output: URL, id: String) throws {
        url = Self.workFolder(for: output, id: id).appendingPathExtension("lock")
        fd = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure("cannot create the lock file", url) }
        // Locked before the marker is written: a cleaner skips a file without it.
        guard flock(fd, LOCK_EX | LOCK_NB) == 0, Self.put(Self.marker, to: fd) else {
            let error = Self.failure("cannot lock", url)
            close(fd)
            unlink(url.path)
            throw error
        }
    }

    /// The work folder of run `id` for `output`: a hidden sibling.
    static func workFolder(for output: URL, id: String) -> URL {
        output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + infix + id)
    }

    /// Removes the lock file and lets go of it; the run's folder must be gone first.
    func release() {
        guard fd >= 0 else { return }
        unlink(url.path)
        close(fd)
        fd = -1
    }

    deinit { release() }

    /// Removes what killed runs for `output` left beside it: work folders
    /// whose lock file is free (or absent) and their companions. Never
    /// touches a run whose lock is held, a lock file without coursec's
    /// marker, or the folder `keep` (the tree `output` links to, if any).
    static func removeLeftovers(of output: URL, keep: String? = nil) {
        let parent = output.deletingLastPathComponent()
        let prefix = "." + output.lastPathComponent + infix
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        var ids = Set<String>()
        for name in names where name.hasPrefix(prefix) {
            var rest = String(name.dropFirst(prefix.count))
            for suffix in suffixes where rest.hasSuffix(suffix) { rest.removeLast(suffix.count) }
            if UUID(uuidString: rest) != nil { ids.insert(rest) }
        }
        for id in ids.sorted() {
            let folder = workFolder(for: output, id: id)
            let lock = folder.appendingPathExtension("lock")
            let fd = open(lock.path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
            if fd >= 0 {
                defer { close(fd) }
                guard flock(fd, LOCK_EX | LOCK_NB) == 0, read(fd) == marker else { continue }
                removeRun(folder, keep: keep)
                unlink(lock.path)
            } else if errno == ENOENT {
                removeRun(folder, keep: keep)
            }
        }
    }

    private static func removeRun(_ folder: URL, keep: String?) {
        if folder.lastPathComponent != keep { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathExtension("link").path
        if unlink(link) != 0 { rmdir(link) } // a link, or the empty folder of an exchange probe
    }

    private static func read(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(fd, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    private static func put(_ text: String, to fd: Int32) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) } == bytes.count
    }

    private static func failure(_ what: String, _ url: URL) -> BuildError {
        .output("\(what) \(url.path): \(String(cString: strerror(errno)))")
    }
}
