import CourseDigest
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes key files so that readers never see a half-written file and a
/// secret key is never readable by others, even for an instant: the bytes go
/// to a temporary file in the destination folder that is created (and then
/// `fchmod`-ed, in case of an unusual umask) with the final mode before any
/// content is written; it is fsync-ed and then renamed over the destination.
enum AtomicFileWriter {
    static func write(_ bytes: UnsafeRawBufferPointer, to url: URL, mode: mode_t) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        let suffix = FileDigest.hex(Sodium.randomBytes(6))
        let tempPath = directory + "/." + url.lastPathComponent + ".tmp-" + suffix
        func failure(_ what: String) -> SigningError {
            .fileWriteFailed(path: path, reason: "\(what): \(FileChunkReader.errnoText())")
        }

        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("cannot create a temporary file next to it") }
        var committed = false
        defer {
            if !committed { unlink(tempPath) }
        }
        guard fchmod(fd, mode) == 0 else {
            let error = failure("cannot set permissions")
            close(fd)
            throw error
        }
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure("write failed")
                close(fd)
                throw error
            }
            offset += written
        }
        guard fsync(fd) == 0 else {
            let error = failure("fsync failed")
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw failure("close failed") }
        guard rename(tempPath, path) == 0 else { throw failure("cannot move the temporary file into place") }
        committed = true
    }
}

/// `write(2)`; named apart from `AtomicFileWriter.write` to avoid shadowing.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}
