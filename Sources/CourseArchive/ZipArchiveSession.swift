import CArchive
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One libarchive ZIP write handle bound to an open file descriptor.
///
/// Owns every libarchive setting that matters for reproducibility, so the
/// writer above only decides *what* goes in, in which order.
final class ZipArchiveSession {
    /// Source files are copied through a buffer of this size, so memory use
    /// does not depend on file size.
    static let chunkSize = 256 * 1024

    private let archive: OpaquePointer
    private let destinationName: String
    private let mtime: Int64
    private let buffer: UnsafeMutableRawPointer

    /// `fd` stays owned by the caller; libarchive never closes it.
    init(fd: Int32, destinationName: String, mtime: Int64) throws {
        guard let archive = archive_write_new() else {
            throw ArchiveError.writeFailed(destination: destinationName, reason: "out of memory")
        }
        self.archive = archive
        self.destinationName = destinationName
        self.mtime = mtime
        self.buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        try check(archive_write_set_format_zip(archive), "select the ZIP format")
        try check(archive_write_add_filter_none(archive), "disable outer compression")
        // Sets the ZIP language-encoding flag (bit 11) on non-ASCII names
        // whatever the user's locale; without it the flag follows LANG.
        try check(archive_write_set_format_option(archive, "zip", "hdrcharset", "UTF-8"),
                  "select UTF-8 names")
        try check(archive_write_set_format_option(archive, "zip", "compression-level",
                                                  String(ZipCompressionPolicy.deflateLevel)),
                  "set the deflate level")
        // No "zip64" option: libarchive's default adds Zip64 fields only for
        // entries that need them, a decision that depends on sizes alone.
        // No "experimental" option: its 'xl' extra field is non-standard.
        // libarchive's default 10 KiB output blocks mean ~100 000 write(2)
        // calls per GiB; one block per input chunk is 25× fewer.
        try check(archive_write_set_bytes_per_block(archive, Int32(Self.chunkSize)), "set the block size")
        // The EOCD must be the last bytes; never pad the final block.
        try check(archive_write_set_bytes_in_last_block(archive, 1), "disable block padding")
        try check(archive_write_open_fd(archive, fd), "open the output")
    }

    deinit {
        archive_write_free(archive)
        buffer.deallocate()
    }

    func addDirectory(name: String) throws {
        try writeHeader(name: name, fileType: 0o040000, permissions: 0o755, size: 0)
        try check(archive_write_finish_entry(archive), "finish “\(name)”")
    }

    func addData(_ data: Data, name: String) throws {
        try writeHeader(name: name, fileType: 0o100000, permissions: 0o644, size: Int64(data.count))
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let length = min(Self.chunkSize, raw.count - offset)
                try writeData(raw.baseAddress! + offset, length, name: name)
                offset += length
            }
        }
        try check(archive_write_finish_entry(archive), "finish “\(name)”")
    }

    /// Streams `source` in `chunkSize` pieces. The size declared in the
    /// header comes from `fstat` on the same descriptor we read; any growth
    /// or shrinkage while reading is an error rather than a silently
    /// truncated or padded entry.
    func addFile(at source: URL, name: String) throws {
        let fd = open(source.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw sourceError(source, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw sourceError(source, errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ArchiveError.sourceUnreadable(source: source.path, reason: "not a regular file")
        }
        let expected = Int64(info.st_size)
        try writeHeader(name: name, fileType: 0o100000, permissions: 0o644, size: expected)

        var total: Int64 = 0
        while true {
            let count = read(fd, buffer, Self.chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw sourceError(source, errno)
            }
            if count == 0 { break }
            total += Int64(count)
            guard total <= expected else {
                throw ArchiveError.sourceChanged(source: source.path, expectedBytes: expected, actualBytes: total)
            }
            try writeData(buffer, count, name: name)
        }
        guard total == expected else {
            throw ArchiveError.sourceChanged(source: source.path, expectedBytes: expected, actualBytes: total)
        }
        try check(archive_write_finish_entry(archive), "finish “\(name)”")
    }

    /// Writes the central directory. Must be called once, after all entries.
    func writeCentralDirectory() throws {
        try check(archive_write_close(archive), "write the central directory")
    }

    // MARK: - Private

    private func writeHeader(name: String, fileType: UInt32, permissions: mode_t, size: Int64) throws {
        guard let entry = archive_entry_new() else {
            throw ArchiveError.writeFailed(destination: destinationName, reason: "out of memory")
        }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, name)
        archive_entry_set_filetype(entry, fileType)
        // Fixed permissions: the source file's mode and the umask would
        // otherwise leak into the external attributes.
        archive_entry_set_perm(entry, permissions)
        archive_entry_set_size(entry, size)
        // Only mtime is set: atime/ctime/birthtime stay unset so the 'UT'
        // extra field carries one fixed value and nothing from the disk.
        archive_entry_set_mtime(entry, time_t(mtime), 0)
        // uid/gid 0 make the 'ux' extra field constant; no user/group names.
        archive_entry_set_uid(entry, 0)
        archive_entry_set_gid(entry, 0)
        if fileType == 0o100000 {
            let store = ZipCompressionPolicy.shouldStore(path: name, size: size)
            try check(store ? archive_write_zip_set_compression_store(archive)
                            : archive_write_zip_set_compression_deflate(archive),
                      "choose compression for “\(name)”")
        }
        try check(archive_write_header(archive, entry), "write the header of “\(name)”")
    }

    private func writeData(_ bytes: UnsafeRawPointer, _ count: Int, name: String) throws {
        var offset = 0
        while offset < count {
            let written = archive_write_data(archive, bytes + offset, count - offset)
            guard written > 0 else {
                throw ArchiveError.writeFailed(destination: destinationName,
                                               reason: "writing “\(name)”: \(errorText())")
            }
            offset += written
        }
    }

    /// Warnings are failures too: the one that matters here is "can't
    /// translate pathname", which would otherwise store a mangled name.
    private func check(_ status: Int32, _ action: String) throws {
        guard status != ARCHIVE_OK else { return }
        throw ArchiveError.writeFailed(destination: destinationName,
                                       reason: "cannot \(action): \(errorText())")
    }

    private func errorText() -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }

    private func sourceError(_ source: URL, _ code: Int32) -> ArchiveError {
        .sourceUnreadable(source: source.path, reason: String(cString: strerror(code)))
    }
}
