import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in fixed-size chunks through one reused buffer, so hashing a
/// release archive costs 64 KiB of memory whatever the archive's size.
enum FileChunkReader {
    static let chunkSize = 64 * 1024

    /// Calls `body` with each chunk in order; throws `fileUnreadable` on I/O errors.
    static func forEachChunk(of url: URL, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = url.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SigningError.fileUnreadable(path: path, reason: errnoText()) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw SigningError.fileUnreadable(path: path, reason: errnoText())
            }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(start: buffer, count: count))
        }
    }

    /// Whole-file read, only for legacy (non-prehashed) signatures, which
    /// sign the raw message and so cannot be checked in a streaming way.
    static func readAll(_ url: URL) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(of: url) { bytes.append(contentsOf: $0) }
        return bytes
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
