import Foundation

/// Lists and reads ZIP archives we did not write (authors' HTML and SCORM
/// packages) and verifies archives we did, without ever extracting to disk.
///
/// The reader parses the ZIP format itself (APPNOTE.TXT), from the end:
/// the end records, the central directory, then each entry's local header
/// and data descriptor, every one checked against the others before any
/// content is inflated (`ZipDirectory` says what is refused). Content is
/// then inflated with zlib and verified as it is read: an entry that
/// inflates past its declared size is stopped there, and its size and
/// CRC-32 must match at the end. Any entry that could escape an extraction
/// folder or exhaust memory or disk is refused with
/// `ArchiveError.unsafeEntry` or `.unsafeArchive`, and the whole archive
/// with it: a package with one hostile entry is not trusted for the rest.
/// Every failure is an `ArchiveError` naming the archive or the entry.
///
/// Only ZIP is read: nothing in coursec reads other archive formats.
public struct SafeArchiveReader: Sendable {
    public struct Limits: Sendable, Equatable {
        /// Most entries accepted (zip bombs often use millions of tiny files).
        public var maxEntries: Int
        /// Largest uncompressed entry, declared or actually decompressed.
        public var maxEntrySize: Int64
        /// Largest sum of uncompressed sizes.
        public var maxTotalSize: Int64
        /// Largest ratio of the archive's uncompressed to compressed bytes,
        /// judged once the content passes 1 MiB. Deflate reaches about
        /// 1,000 on zeros; text and scripts compress 3 to 10 times.
        public var maxCompressionRatio: Int

        public init(maxEntries: Int, maxEntrySize: Int64, maxTotalSize: Int64, maxCompressionRatio: Int = 100) {
            self.maxEntries = maxEntries
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
            self.maxCompressionRatio = maxCompressionRatio
        }

        /// Generous enough for video-heavy courses, small enough to stop bombs.
        public static let `default` = Limits(maxEntries: 100_000,
                                             maxEntrySize: 4 << 30,
                                             maxTotalSize: 16 << 30)
    }

    /// What error messages call the archive: its path, or the name the caller gave.
    public let name: String
    public let limits: Limits
    private let open: @Sendable () throws -> any ByteSource
    private let budget: ArchiveBudget?

    /// Reads the file at `url`. `name` is what messages call it (the path by default).
    public init(url: URL, name: String? = nil, limits: Limits = .default, budget: ArchiveBudget? = nil) {
        let label = name ?? url.path
        self.name = label
        self.limits = limits
        self.budget = budget
        open = { try FileByteSource(url: url, name: label) }
    }

    /// Reads `source` (an archive in memory, or a file opened by the caller).
    public init(source: any ByteSource, name: String, limits: Limits = .default, budget: ArchiveBudget? = nil) {
        self.name = name
        self.limits = limits
        self.budget = budget
        open = { source }
    }

    /// The vetted directory, nothing inflated; charges the budget with the
    /// archive's declared size.
    public func directory() throws -> ZipDirectory {
        try directory(of: open())
    }

    /// Every entry in directory order, each file inflated and verified
    /// (the bytes discarded), so sizes and CRCs are known to be true.
    public func entries() throws -> [ArchiveEntryInfo] {
        let source = try open()
        let directory = try directory(of: source)
        try verify(directory, in: source)
        return directory.entries
    }

    /// Inflates every file entry of `directory` (read by `directory()`) and
    /// checks its size and CRC-32, discarding the bytes: what `check` does
    /// so that a package damaged behind a sound directory is refused before
    /// a target unpacks it.
    public func verifyContents(of directory: ZipDirectory) throws {
        try verify(directory, in: open())
    }

    private func verify(_ directory: ZipDirectory, in source: any ByteSource) throws {
        let inflater = ZipEntryInflater(source: source, archive: name)
        for record in directory.records where record.info.type == .file {
            try inflater.read(record) { _ in }
        }
    }

    /// The content of one file entry of at most `maxBytes` bytes (for
    /// manifests and other small metadata), verified. Reads the directory
    /// first unless the caller passes the one it has.
    public func read(entry path: String, maxBytes: Int, in directory: ZipDirectory? = nil) throws -> Data {
        let source = try open()
        let directory = try directory ?? self.directory(of: source)
        let wanted = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let record = directory.record(named: wanted), record.info.type == .file else {
            throw ArchiveError.entryNotFound(path: path, archive: name)
        }
        guard record.info.size <= Int64(maxBytes) else {
            throw ArchiveError.entryTooLarge(path: wanted, maxBytes: maxBytes)
        }
        var data = Data(capacity: Int(record.info.size))
        try ZipEntryInflater(source: source, archive: name).read(record) { data.append(contentsOf: $0) }
        return data
    }

    /// Hands each file entry's verified content to `body`, in directory
    /// order, from one directory read (for unpacking a whole package).
    public func forEachFile(in directory: ZipDirectory? = nil,
                            _ body: (ArchiveEntryInfo, Data) throws -> Void) throws {
        let source = try open()
        let directory = try directory ?? self.directory(of: source)
        let inflater = ZipEntryInflater(source: source, archive: name)
        for record in directory.records where record.info.type == .file {
            // Grown as the content arrives: a declared size is not yet true.
            var data = Data(capacity: Int(min(record.info.size, 1 << 20)))
            try inflater.read(record) { data.append(contentsOf: $0) }
            try body(record.info, data)
        }
    }

    private func directory(of source: any ByteSource) throws -> ZipDirectory {
        let directory = try ZipDirectory.read(source, archive: name, limits: limits)
        try budget?.charge(directory.declaredSize, archive: name)
        return directory
    }
}
