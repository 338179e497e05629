import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// CRC-32 of source files already read once in this build. Every lesson
/// ZIP with math carries the same KaTeX script and fonts (about half a
/// megabyte); checksumming them once instead of once per lesson keeps the
/// per-lesson cost to copying bytes. Keyed by path, size and modification
/// time, so a file changed during the build is not trusted.
final class ChecksumCache: @unchecked Sendable {
    struct Key: Hashable {
        var path: String
        var size: Int64
        var modified: Int64
    }

    private let lock = NSLock()
    private var values: [Key: UInt32] = [:]

    static func key(for fd: Int32, path: String) -> Key? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return Key(path: path, size: Int64(info.st_size),
                   modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    func value(for key: Key) -> UInt32? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ crc: UInt32, for key: Key) {
        lock.lock()
        values[key] = crc
        lock.unlock()
    }
}
