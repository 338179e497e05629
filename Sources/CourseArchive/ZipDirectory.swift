import CourseLocalization
/// The vetted table of contents of a ZIP archive: every central directory
/// entry decoded, checked against its local header and against the
/// others, and within the limits, before a byte of content is inflated.
///
/// Refused (`ArchiveError.unsafeEntry` or `.unsafeArchive`, naming the
/// entry and the reason): encryption, methods other than stored and
/// deflate, links and special files, names that could leave an extraction
/// folder or that two systems would read differently, names that collide
/// on Windows or macOS, entries whose bytes overlap (one compressed block
/// listed many times: the "overlapping" zip bomb), more entries, bytes or
/// compression than the limits allow.
public struct ZipDirectory: Sendable {
    /// Where one entry's content is and what it must inflate to.
    struct Record: Sendable {
        var info: ArchiveEntryInfo
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        var dataOffset: UInt64
    }

    /// The entries in directory order, folders included.
    public var entries: [ArchiveEntryInfo] { records.map(\.info) }
    /// The sum of the declared uncompressed sizes.
    public let declaredSize: UInt64
    let records: [Record]
    private let index: [String: Int]

    /// The entry named `path` (without a folder's trailing "/").
    public func entry(named path: String) -> ArchiveEntryInfo? {
        index[path].map { records[$0].info }
    }

    func record(named path: String) -> Record? { index[path].map { records[$0] } }

    /// Largest central directory read into memory.
    static let maxDirectoryBytes: UInt64 = 64 << 20
    /// Below this total, compression ratios are not judged: a few small
    /// repetitive files compress far better than any real package.
    static let ratioFloor: UInt64 = 1 << 20

    static func read(_ source: any ByteSource, archive: String, limits: SafeArchiveReader.Limits) throws -> ZipDirectory {
        func refuse(_ reason: Message) -> ArchiveError { .unsafeArchive(archive: archive, reason: reason) }
        let end = try ZipEndRecord.read(source, archive: archive)
        guard end.entryCount <= UInt64(limits.maxEntries) else {
            throw refuse("it has \(end.entryCount) entries; at most \(limits.maxEntries) are allowed")
        }
        guard end.directorySize >= end.entryCount * UInt64(ZipCentralEntry.fixedSize) else {
            throw ArchiveError.unreadableArchive(archive: archive, reason: "its central directory is too small for its \(end.entryCount) entries")
        }
        guard end.directorySize <= maxDirectoryBytes else {
            throw refuse("its central directory takes \(end.directorySize) bytes; at most \(maxDirectoryBytes) are allowed")
        }
        let bytes = try source.bytes(at: end.directoryOffset, count: Int(end.directorySize))
        guard UInt64(bytes.count) == end.directorySize else {
            throw ArchiveError.unreadableArchive(archive: archive, reason: "the file ended inside its central directory")
        }

        var records: [Record] = []
        records.reserveCapacity(Int(end.entryCount))
        var ranges: [(start: UInt64, end: UInt64, path: String)] = []
        var keys: [String: String] = [:]
        var fileKeys: [String: String] = [:]
        var total: UInt64 = 0, totalCompressed: UInt64 = 0
        var offset = 0
        for position in 0..<Int(end.entryCount) {
            let (entry, next) = try ZipCentralEntry.parse(bytes, at: offset, index: position, archive: archive)
            offset = next
            let name = try ZipEntryName.vet(try ZipEntryName.decode(entry), unicodePath: entry.unicodePath)
            let path = name.path
            func refuseEntry(_ reason: Message) -> ArchiveError { .unsafeEntry(path: path, reason: reason) }
            if entry.isEncrypted { throw refuseEntry("it is encrypted; coursec and the platform cannot open it") }
            guard entry.method == 0 || entry.method == 8 else {
                throw refuseEntry("it is compressed with method \(entry.method) (\(methodName(entry.method))); only stored and deflate are supported")
            }
            guard entry.diskStart == 0 else { throw refuseEntry("it starts on another disk of a multi-part archive") }
            let type = try entryType(entry, namesFolder: name.namesFolder, refuse: refuseEntry)
            // (Python writes an empty deflate stream, 2 bytes, for a folder: allowed.)
            if type == .directory, entry.size != 0 {
                throw refuseEntry("it is a folder but has content")
            }
            if entry.method == 0, entry.compressedSize != entry.size {
                throw refuseEntry("it is stored uncompressed, but its two sizes differ (\(entry.compressedSize) and \(entry.size))")
            }
            guard entry.size <= UInt64(limits.maxEntrySize) else {
                throw refuseEntry("it declares \(entry.size) bytes; at most \(limits.maxEntrySize) are allowed per entry")
            }
            let key = ZipEntryName.collisionKey(path)
            if let first = keys[key] {
                // Bytes, not Swift's canonical equivalence, which calls NFC and NFD names equal.
                throw Array(first.utf8) == Array(path.utf8)
                    ? refuseEntry("the archive has two entries with this name")
                    : refuseEntry("it and “\(first)” differ only in upper/lower case or Unicode form: Windows and macOS would extract them to one file")
            }
            keys[key] = path
            if type == .file { fileKeys[key] = path }

            let local = try ZipLocalHeader.read(source, entry: entry, path: path, limit: end.directoryOffset)
            ranges.append((entry.localOffset, local.end, path))
            total += entry.size
            totalCompressed += entry.compressedSize
            guard total <= UInt64(limits.maxTotalSize) else {
                throw refuse("its entries declare more than \(limits.maxTotalSize) bytes in all")
            }
            records.append(Record(info: ArchiveEntryInfo(path: path, size: Int64(entry.size), type: type),
                                  method: entry.method, crc: entry.crc, compressedSize: entry.compressedSize,
                                  dataOffset: local.dataOffset))
        }
        guard offset == bytes.count else {
            throw ArchiveError.unreadableArchive(archive: archive, reason: "its central directory has bytes after its \(end.entryCount) entries")
        }
        // A file and a folder of the same name cannot both be extracted.
        for record in records {
            for parent in ArchivePath.parents(of: record.info.path) {
                if let file = fileKeys[ZipEntryName.collisionKey(parent)] {
                    throw ArchiveError.unsafeEntry(path: record.info.path, reason: "its folder “\(parent)” is also the file “\(file)”")
                }
            }
        }
        ranges.sort { $0.start < $1.start }
        for (before, after) in zip(ranges, ranges.dropFirst()) where after.start < before.end {
            throw refuse("entries “\(before.path)” and “\(after.path)” overlap (their bytes are shared, as in a zip bomb)")
        }
        if total > ratioFloor, total / max(totalCompressed, 1) > UInt64(limits.maxCompressionRatio) {
            throw refuse("it expands \(total / max(totalCompressed, 1)) times (\(totalCompressed) bytes to \(total)); at most \(limits.maxCompressionRatio) times is allowed")
        }
        var index: [String: Int] = [:]
        for (position, record) in records.enumerated() { index[record.info.path] = position }
        return ZipDirectory(declaredSize: total, records: records, index: index)
    }

    /// File or folder, from the external attributes where the host system
    /// records the type (Unix and macOS modes, MS-DOS attributes).
    private static func entryType(_ entry: ZipCentralEntry, namesFolder: Bool,
                                  refuse: (Message) -> ArchiveError) throws -> ArchiveEntryInfo.EntryType {
        let host = entry.versionMadeBy >> 8
        let mode = entry.externalAttributes >> 16
        var type: ArchiveEntryInfo.EntryType = namesFolder ? .directory : .file
        if host == 3 || host == 19, mode & 0o170000 != 0 {
            switch mode & 0o170000 {
            case 0o100000: break
            case 0o040000:
                guard namesFolder else { throw refuse("it is marked as a folder, but its name does not end in “/”") }
            case 0o120000: throw refuse("symbolic links are not allowed")
            default: throw refuse("device files, sockets and pipes are not allowed")
            }
        } else if host == 0 || host == 10 || host == 11 || host == 14 {
            if entry.externalAttributes & 0x400 != 0 { throw refuse("Windows links (reparse points) are not allowed") }
            if entry.externalAttributes & 0x10 != 0 {
                guard namesFolder else { throw refuse("it is marked as a folder, but its name does not end in “/”") }
                type = .directory
            }
        }
        return type
    }

    private static func methodName(_ method: UInt16) -> String {
        switch method {
        case 1: "shrink"
        case 6: "implode"
        case 9: "deflate64"
        case 12: "bzip2"
        case 14: "LZMA"
        case 93: "Zstandard"
        case 95: "xz"
        case 98: "PPMd"
        default: "unknown"
        }
    }
}
