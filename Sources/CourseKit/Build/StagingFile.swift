import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a generated file into the staging folder with plain POSIX calls.
///
/// Foundation's `Data.write(to:)` flushes every file to disk on Linux; a
/// build writes hundreds of small files that are renamed into place
/// together only when the whole build succeeded (see `OutputStaging`), so a
/// per-file flush buys nothing and costs more than generating the file.
public enum StagingFile {
    public static func write(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create", url) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", url)
                }
                offset += written
            }
        }
    }

    /// Whether `url` is a regular file (not a link) holding exactly `data`.
    public static func hasContents(_ data: Data, at url: URL) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count,
              let existing = FileManager.default.contents(atPath: url.path) else { return false }
        return existing == data
    }

    /// Pieces in which files are copied and compared: media can be
    /// gigabytes, and memory must not grow with them.
    static let pieceSize = 1 << 20

    /// Copies `source` (through links: the copy is a plain file) to `url`,
    /// one piece at a time, and returns the number of bytes copied.
    @discardableResult
    public static func copy(_ source: URL, to url: URL) throws -> Int {
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw failure("cannot read", source) }
        defer { close(input) }
        let output = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw failure("cannot create", url) }
        defer { close(output) }
        // A buffer the size of the file when it is small (most are: fonts,
        // scripts), never zeroed: a zeroed piece per copy cost more than
        // copying a course's KaTeX.
        var info = stat()
        let size = fstat(input, &info) == 0 ? Int(info.st_size) : pieceSize
        let capacity = min(pieceSize, max(size + 1, 4096))
        var total = 0
        var buffer = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read", source)
            }
            if count == 0 { return total }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + offset, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", url)
                }
                offset += written
            }
            total += count
        }
    }

    /// Whether `url` is a regular file (not a link) with the bytes of
    /// `source`, compared one piece at a time.
    public static func hasContents(of source: URL, at url: URL) -> Bool {
        var info = stat(), sourceInfo = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, stat(source.path, &sourceInfo) == 0,
              info.st_size == sourceInfo.st_size,
              let a = FileHandle(forReadingAtPath: source.path), let b = FileHandle(forReadingAtPath: url.path) else {
            return false
        }
        defer { try? a.close(); try? b.close() }
        while true {
            // `read(upToCount:)` gives nil or empty data at the end of a file.
            do {
                let left = try a.read(upToCount: pieceSize) ?? Data()
                let right = try b.read(upToCount: pieceSize) ?? Data()
                if left != right { return false }
                if left.isEmpty { return true }
            } catch {
                return false
            }
        }
    }

    private static func failure(_ what: String, _ url: URL) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: url.path,
            NSLocalizedDescriptionKey: "\(what) \(url.path): \(String(cString: strerror(errno)))",
        ])
    }
}
