import CArchive
import Foundation

/// Lists and reads archives we did not write (authors' SCORM packages) and
/// verifies archives we did, without ever extracting to disk.
///
/// Any entry that could escape an extraction folder or exhaust memory or
/// disk is refused with `ArchiveError.unsafeEntry`, and the whole archive
/// with it: a package with one hostile entry is not trusted for the rest.
/// Supports ZIP and tar (optionally gzip/bzip2/xz compressed).
public struct SafeArchiveReader: Sendable {
    public struct Limits: Sendable, Equatable {
        /// Most entries accepted (zip bombs often use millions of tiny files).
        public var maxEntries: Int
        /// Largest uncompressed entry, declared or actually decompressed.
        public var maxEntrySize: Int64
        /// Largest sum of uncompressed sizes.
        public var maxTotalSize: Int64

        public init(maxEntries: Int, maxEntrySize: Int64, maxTotalSize: Int64) {
            self.maxEntries = maxEntries
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
        }

        /// Generous enough for video-heavy courses, small enough to stop bombs.
        public static let `default` = Limits(maxEntries: 100_000,
                                             maxEntrySize: 4 << 30,
                                             maxTotalSize: 16 << 30)
    }

    public let url: URL
    public let limits: Limits

    public init(url: URL, limits: Limits = .default) {
        self.url = url
        self.limits = limits
    }

    /// Every entry in archive order. Decompresses everything (discarding the
    /// bytes) so that sizes are the real ones, not what headers claim.
    public func entries() throws -> [ArchiveEntryInfo] {
        try withOpenArchive { archive in
            var result: [ArchiveEntryInfo] = []
            var total: Int64 = 0
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64 * 1024, alignment: 16)
            defer { buffer.deallocate() }
            while let header = try nextHeader(archive, seen: result.count) {
                var size: Int64 = 0
                if header.type == .file {
                    while true {
                        let n = archive_read_data(archive, buffer, 64 * 1024)
                        if n == 0 { break }
                        guard n > 0 else { throw unreadable(archive, entry: header.path) }
                        size += Int64(n)
                        total += Int64(n)
                        try checkSizes(path: header.path, entrySize: size, total: total)
                    }
                    if let declared = header.declaredSize, declared != size {
                        throw ArchiveError.unsafeEntry(
                            path: header.path, reason: "declares \(declared) bytes but contains \(size)")
                    }
                }
                result.append(ArchiveEntryInfo(path: header.path, size: size, type: header.type))
            }
            return result
        }
    }

    /// The content of one file entry of at most `maxBytes` bytes (for
    /// manifests and other small metadata). Entries before it are vetted
    /// by name and type, and the entry's declared size by the limits.
    public func read(entry path: String, maxBytes: Int) throws -> Data {
        let wanted = path.hasSuffix("/") ? String(path.dropLast()) : path
        return try withOpenArchive { archive in
            var seen = 0
            while let header = try nextHeader(archive, seen: seen) {
                seen += 1
                guard header.path == wanted, header.type == .file else { continue }
                if let declared = header.declaredSize, declared > Int64(maxBytes) {
                    throw ArchiveError.entryTooLarge(path: header.path, maxBytes: maxBytes)
                }
                var data = Data()
                let chunk = 64 * 1024
                var buffer = [UInt8](repeating: 0, count: chunk)
                while true {
                    let n = buffer.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, chunk) }
                    if n == 0 { break }
                    guard n > 0 else { throw unreadable(archive, entry: header.path) }
                    guard data.count + n <= maxBytes else {
                        throw ArchiveError.entryTooLarge(path: header.path, maxBytes: maxBytes)
                    }
                    data.append(contentsOf: buffer[0..<n])
                }
                return data
            }
            throw ArchiveError.entryNotFound(path: path, archive: url.path)
        }
    }

    // MARK: - Private

    private struct Header {
        let path: String
        let type: ArchiveEntryInfo.EntryType
        let declaredSize: Int64?
    }

    /// Opens the archive inside a UTF-8 locale scope so non-ASCII names
    /// decode the same whatever the user's LANG.
    private func withOpenArchive<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        try UTF8LocaleScope.run {
            guard let archive = archive_read_new() else {
                throw ArchiveError.unreadableArchive(archive: url.path, reason: "out of memory")
            }
            defer { archive_read_free(archive) }
            archive_read_support_filter_all(archive)
            archive_read_support_format_zip(archive)
            archive_read_support_format_tar(archive)
            guard archive_read_open_filename(archive, url.path, 64 * 1024) == ARCHIVE_OK else {
                throw unreadable(archive, entry: nil)
            }
            return try body(archive)
        }
    }

    /// The next vetted header, or nil at the end of the archive.
    private func nextHeader(_ archive: OpaquePointer, seen: Int) throws -> Header? {
        var entry: OpaquePointer?
        let status = archive_read_next_header(archive, &entry)
        if status == ARCHIVE_EOF { return nil }
        // Warnings (e.g. unknown extra fields) are tolerated; failures are not.
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
            throw unreadable(archive, entry: nil)
        }
        let rawPath = archive_entry_pathname_utf8(entry).map { String(cString: $0) }
            ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
        guard seen < limits.maxEntries else {
            throw ArchiveError.unsafeEntry(path: rawPath,
                                           reason: "the archive has more than \(limits.maxEntries) entries")
        }
        let path = try Self.vettedPath(rawPath)

        if archive_entry_hardlink(entry) != nil {
            throw ArchiveError.unsafeEntry(path: path, reason: "hard links are not allowed")
        }
        let type: ArchiveEntryInfo.EntryType
        switch archive_entry_filetype(entry) {
        case 0o100000: type = .file
        case 0o040000: type = .directory
        case 0o120000: throw ArchiveError.unsafeEntry(path: path, reason: "symbolic links are not allowed")
        default: throw ArchiveError.unsafeEntry(path: path, reason: "device or special files are not allowed")
        }
        if archive_entry_symlink(entry) != nil {
            throw ArchiveError.unsafeEntry(path: path, reason: "symbolic links are not allowed")
        }
        let declared: Int64? = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
        if let declared, type == .file {
            guard declared >= 0 else { throw ArchiveError.unsafeEntry(path: path, reason: "negative size") }
            try checkSizes(path: path, entrySize: declared, total: nil)
        }
        return Header(path: path, type: type, declaredSize: type == .file ? declared : nil)
    }

    /// Rejects anything that would resolve outside an extraction folder on
    /// Unix or Windows. Returns the path without a directory's trailing "/".
    static func vettedPath(_ raw: String) throws -> String {
        func refuse(_ reason: String) -> ArchiveError { .unsafeEntry(path: raw, reason: reason) }
        var path = raw
        while path.hasSuffix("/") { path.removeLast() }
        if path.isEmpty {
            throw refuse(raw.isEmpty ? "the entry name is empty or cannot be decoded" : "the entry names the root folder")
        }
        if path.hasPrefix("/") { throw refuse("absolute paths are not allowed") }
        if path.contains("\\") { throw refuse("backslashes (Windows separators) are not allowed") }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw refuse("control characters are not allowed")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if let first = components.first, ArchivePath.isDriveLetter(first) {
            throw refuse("drive letters are not allowed")
        }
        if components.contains("..") { throw refuse("“..” components are not allowed") }
        return path
    }

    private func checkSizes(path: String, entrySize: Int64, total: Int64?) throws {
        if entrySize > limits.maxEntrySize {
            throw ArchiveError.unsafeEntry(
                path: path, reason: "larger than the \(limits.maxEntrySize)-byte limit per entry")
        }
        if let total, total > limits.maxTotalSize {
            throw ArchiveError.unsafeEntry(
                path: path, reason: "the archive expands beyond the \(limits.maxTotalSize)-byte total limit")
        }
    }

    private func unreadable(_ archive: OpaquePointer, entry: String?) -> ArchiveError {
        let message = archive_error_string(archive).map { String(cString: $0) } ?? "unknown format error"
        return .unreadableArchive(archive: url.path,
                                  reason: entry.map { "entry “\($0)”: \(message)" } ?? message)
    }
}
