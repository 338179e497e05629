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

    private static func failure(_ what: String, _ url: URL) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: url.path,
            NSLocalizedDescriptionKey: "\(what) \(url.path): \(String(cString: strerror(errno)))",
        ])
    }
}
