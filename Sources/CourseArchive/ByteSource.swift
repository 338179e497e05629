import CourseLocalization
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes that can be read at any offset: an archive on disk, or in memory.
///
/// `SafeArchiveReader` reads a ZIP from its end (the central directory)
/// and then each entry where the directory says it is, so it needs random
/// access rather than a stream. Reads are independent of each other and
/// may come from several threads.
public protocol ByteSource: Sendable {
    /// Total number of bytes.
    var size: UInt64 { get }
    /// The `count` bytes at `offset`; fewer only when the source ends first.
    func bytes(at offset: UInt64, count: Int) throws -> [UInt8]
}

/// Bytes held in memory (tests, in-memory repositories).
public struct MemoryByteSource: ByteSource {
    public let storage: [UInt8]

    public init(_ bytes: [UInt8]) { storage = bytes }

    public var size: UInt64 { UInt64(storage.count) }

    public func bytes(at offset: UInt64, count: Int) throws -> [UInt8] {
        guard offset < size, count > 0 else { return [] }
        let start = Int(offset)
        return Array(storage[start..<min(storage.count, start + count)])
    }
}

/// A regular file, opened once and read with `pread` (so readers on
/// several threads share the descriptor without seeking). Closed when the
/// last reference goes away.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    /// For error messages: the path or the name the caller gave.
    public let name: String
    public let size: UInt64

    /// Opens `url`; `name` is what error messages call it (defaults to the path).
    public init(url: URL, name: String? = nil) throws {
        let label = name ?? url.path
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure(label, errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw Self.failure(label, code)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ArchiveError.unreadableArchive(archive: label, reason: "not a regular file")
        }
        descriptor = fd
        self.name = label
        size = UInt64(info.st_size)
    }

    deinit { close(descriptor) }

    public func bytes(at offset: UInt64, count: Int) throws -> [UInt8] {
        guard count > 0, offset < size else { return [] }
        let wanted = Int(min(UInt64(count), size - offset))
        var result = [UInt8](repeating: 0, count: wanted)
        var done = 0
        while done < wanted {
            let n = result.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, wanted - done, off_t(offset) + off_t(done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure(name, errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < wanted { result.removeSubrange(done...) }
        return result
    }

    private static func failure(_ name: String, _ code: Int32) -> ArchiveError {
        .unreadableArchive(archive: name, reason: Message(verbatim: String(cString: strerror(code))))
    }
}
