import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Encoded ZIP entries of source files, shared by every archive of one
/// build. The offline site and the SCORM package of each course, and every
/// lesson ZIP with math, carry the same KaTeX script, stylesheet and fonts:
/// each is checksummed and deflated once per build instead of once per
/// archive. An entry's bytes do not depend on the archive it goes into, so
/// reusing them changes nothing in the output (a test builds both ways).
///
/// Keyed by the file's identity and state (device, inode, size and
/// modification time), so a file replaced or changed during the build is
/// encoded afresh, never served stale.
public final class ZipEntryCache: @unchecked Sendable {
    struct Key: Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var compress: Bool

        init(_ info: stat, compress: Bool) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            self.compress = compress
        }
    }

    /// A file's entry data: its CRC and, when deflated, the deflated bytes
    /// (nil: stored, streamed from the file again).
    struct Encoded {
        var crc: UInt32
        var deflated: [UInt8]?
    }

    private let lock = NSLock()
    private var values: [Key: Encoded] = [:]
    private var heldBytes = 0
    /// Deflated bytes kept at most; beyond it entries are still encoded,
    /// just not kept (a course with many large compressible files cannot
    /// exhaust memory).
    let byteLimit: Int

    public init(byteLimit: Int = 64 << 20) {
        self.byteLimit = byteLimit
    }

    func value(for key: Key) -> Encoded? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ value: Encoded, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        let bytes = value.deflated?.count ?? 0
        guard values[key] == nil, heldBytes + bytes <= byteLimit else { return }
        heldBytes += bytes
        values[key] = value
    }
}
