import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file that changes when its content does: device,
/// inode, size, and modification and status-change times to the
/// nanosecond. Caches of work done on a file's bytes (its deflated entry,
/// its digest) are keyed by it, so a file replaced or changed is read again.
public struct FileSignature: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64
    public var changed: Int64

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// The signature of the file at `url` (links followed), nil when there is none.
    public init?(url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether the file was last changed at least `margin` nanoseconds ago
    /// (by the real-time clock the kernel stamps files with): a change now
    /// would then give it other times. A signature taken within a clock
    /// tick of a change could also be the signature after a second change.
    public func isSettled(margin: Int64 = 100_000_000) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        return max(modified, changed) < nanoseconds - margin
    }
}
