import Foundation

/// Reads a whole file with plain POSIX calls: sources are read once each,
/// in parallel, and Foundation's URL and Data layers cost more than the read.
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return try contents(of: fd, size: Int(info.st_size), path: path)
    }

    enum Outcome {
        case bytes([UInt8])
        case missing
        /// A directory, device or other non-file.
        case notRegular
        /// The last component is a symbolic link: not opened.
        case symbolicLink
        case failed
    }

    /// Opens `path` only if it is a regular file reached without a final
    /// symbolic link (`O_NOFOLLOW`), and reads it: one `open`, `fstat`,
    /// `read` and `close`, with no `lstat` before.
    static func readRegularFile(_ path: String) -> Outcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            case ELOOP: return .symbolicLink
            default: return .failed
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        return (try? contents(of: fd, size: Int(info.st_size), path: path)).map(Outcome.bytes) ?? .failed
    }

    private static func contents(of fd: Int32, size: Int, path: String) throws -> [UInt8] {
        // Not zeroed first: the read fills what is kept.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { failed = true; break }
                if n == 0 { break }
                offset += n
            }
            count = offset
        }
        if failed { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return bytes
    }
}
