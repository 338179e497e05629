import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in fixed-size chunks through one reused buffer, so hashing a
/// release archive costs 64 KiB of memory whatever the archive's size.
public enum FileChunkReader {
    public static let chunkSize = 64 * 1024

    /// A file could not be opened or read.
    public struct Unreadable: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "cannot read \(path): \(reason)" }
    }

    /// Calls `body` with each chunk in order; throws `Unreadable` on I/O errors.
    public static func forEachChunk(of url: URL, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = url.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Unreadable(path: path, reason: errnoText()) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw Unreadable(path: path, reason: errnoText())
            }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(start: buffer, count: count))
        }
    }

    /// The whole file, for the few readers that need it at once.
    public static func readAll(_ url: URL) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(of: url) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The text of the current `errno`.
    public static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
