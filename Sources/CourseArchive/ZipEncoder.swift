import CourseLocalization
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes a ZIP archive entry by entry, in the order given, into a sink.
/// Every byte is chosen by `ZipRecords`; which entries go in, in what
/// order and under what names is the caller's decision
/// (`DeterministicZipWriter` for archives on disk, the mct target for its
/// in-memory lesson ZIPs).
///
/// Why not libarchive's ZIP writer, which coursec used first: it deflates
/// with zlib entry by entry, so the KaTeX script of twenty-four archives was
/// compressed twenty-four times, and zlib alone took a quarter of a full
/// build; it writes DOS times in the local zone, which had to be patched
/// afterwards. Here entries are deflated by libdeflate, source files once
/// per build (`ZipEntryCache`), and nothing is patched but the header of a
/// streamed entry. `SafeArchiveReader` reads archives back (author
/// packages, release verification); the tests also open what is written
/// here with unzip, bsdtar and Python's zipfile.
public struct ZipEncoder<Sink: ZipSink> {
    public private(set) var sink: Sink
    private let dosTime: UInt32
    private let mtime: UInt32
    private let cache: ZipEntryCache?
    /// The archive's path or name, for error messages.
    private let archiveName: String
    private let compressor = DeflateCompressor()
    private var entries: [ZipRecords.Entry] = []

    /// Files up to this size are read whole and deflated by libdeflate;
    /// larger ones are streamed through zlib so memory stays flat.
    static var inMemoryLimit: UInt64 { 16 << 20 }
    /// Piece size when streaming a file.
    static var chunkSize: Int { 256 * 1024 }

    /// - Parameter timestamp: seconds since 1970 given to every entry, as
    ///   DOS time (UTC) and in the 'UT' field; clamped to what both hold.
    public init(sink: Sink, timestamp: Int64, cache: ZipEntryCache? = nil, archiveName: String = "ZIP") {
        self.sink = sink
        self.archiveName = archiveName
        let clamped = min(max(timestamp, 315_532_800), Int64(UInt32.max))
        dosTime = ZipRecords.dosDateTime(unixSeconds: clamped)
        mtime = UInt32(clamped)
        self.cache = cache
    }

    /// Number of entries added so far.
    public var count: Int { entries.count }

    /// A folder; `name` ends with "/".
    public mutating func addDirectory(_ name: String) throws {
        try writeWhole(name: name, method: .stored, crc: 0, size: 0, payload: nil, isDirectory: true)
    }

    /// Generated content. `compress`: deflate it (stored anyway when
    /// deflate would not make it smaller).
    public mutating func addData(_ data: Data, name: String, compress: Bool) throws {
        try data.withUnsafeBytes { bytes in
            let crc = DeflateCompressor.crc32(bytes)
            if compress, let deflated = try deflated(bytes, name: name) {
                try writeWhole(name: name, method: .deflated, crc: crc, size: UInt64(bytes.count), payload: deflated)
            } else {
                try writeWhole(name: name, method: .stored, crc: crc, size: UInt64(bytes.count), payload: bytes)
            }
        }
    }

    /// A file read from disk (links followed). Its size is taken from the
    /// descriptor it is read through; growing or shrinking while it is read
    /// is an error, never a silently truncated entry.
    public mutating func addFile(at url: URL, name: String, compress: Bool) throws {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.unreadable(url, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.unreadable(url, errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ArchiveError.sourceUnreadable(source: url.path, reason: "not a regular file")
        }
        let size = UInt64(info.st_size)
        let key = cache.map { _ in ZipEntryCache.Key(info, compress: compress) }
        if let key, let known = cache?.value(for: key) {
            if let deflated = known.deflated {
                try writeWhole(name: name, method: .deflated, crc: known.crc, size: size, payload: deflated)
            } else {
                try streamStored(fd, url: url, name: name, size: size, knownCRC: known.crc)
            }
            return
        }
        if compress && size <= Self.inMemoryLimit {
            let bytes = try readWhole(fd, url: url, size: size)
            let encoded = try bytes.withUnsafeBytes { raw in
                ZipEntryCache.Encoded(crc: DeflateCompressor.crc32(raw), deflated: try deflated(raw, name: name))
            }
            if let deflated = encoded.deflated {
                try writeWhole(name: name, method: .deflated, crc: encoded.crc, size: size, payload: deflated)
            } else {
                try bytes.withUnsafeBytes {
                    try writeWhole(name: name, method: .stored, crc: encoded.crc, size: size, payload: $0)
                }
            }
            if let key { cache?.store(encoded, for: key) }
        } else if compress {
            try streamDeflated(fd, url: url, name: name, size: size)
        } else {
            let crc = try streamStored(fd, url: url, name: name, size: size, knownCRC: nil)
            if let key { cache?.store(.init(crc: crc, deflated: nil), for: key) }
        }
    }

    /// Writes the central directory and the end records; returns the
    /// number of entries. The encoder must not be used afterwards.
    @discardableResult
    public mutating func finish() throws -> Int {
        let directoryOffset = sink.offset
        var directory: [UInt8] = []
        for entry in entries {
            directory += ZipRecords.centralHeader(entry, dosTime: dosTime, mtime: mtime)
            if directory.count >= 1 << 20 {
                try sink.append(directory)
                directory.removeAll(keepingCapacity: true)
            }
        }
        try sink.append(directory)
        let directorySize = sink.offset - directoryOffset
        try sink.append(ZipRecords.end(entryCount: entries.count, directoryOffset: directoryOffset,
                                       directorySize: directorySize))
        return entries.count
    }

    // MARK: - Entries

    private mutating func writeWhole(name: String, method: ZipRecords.Method, crc: UInt32, size: UInt64,
                                     payload: [UInt8]?, isDirectory: Bool = false) throws {
        if let payload {
            try payload.withUnsafeBytes {
                try writeWhole(name: name, method: method, crc: crc, size: size, payload: $0, isDirectory: isDirectory)
            }
        } else {
            try writeWhole(name: name, method: method, crc: crc, size: size,
                           payload: UnsafeRawBufferPointer(start: nil, count: 0), isDirectory: isDirectory)
        }
    }

    private mutating func writeWhole(name: String, method: ZipRecords.Method, crc: UInt32, size: UInt64,
                                     payload: UnsafeRawBufferPointer, isDirectory: Bool = false) throws {
        let entry = ZipRecords.Entry(name: Array(name.utf8), method: method, crc: crc,
                                     compressedSize: UInt64(payload.count), size: size, offset: sink.offset,
                                     isDirectory: isDirectory, localZip64: max(size, UInt64(payload.count)) >= ZipRecords.zip64Threshold)
        try sink.append(ZipRecords.localHeader(entry, dosTime: dosTime, mtime: mtime))
        if payload.count > 0 { try sink.append(payload) }
        entries.append(entry)
    }

    /// Copies the file as it is, then fills in the header's CRC.
    @discardableResult
    private mutating func streamStored(_ fd: Int32, url: URL, name: String, size: UInt64, knownCRC: UInt32?) throws -> UInt32 {
        var entry = ZipRecords.Entry(name: Array(name.utf8), method: .stored, crc: knownCRC ?? 0, compressedSize: size,
                                     size: size, offset: sink.offset, isDirectory: false,
                                     localZip64: size >= ZipRecords.zip64Threshold)
        try sink.append(ZipRecords.localHeader(entry, dosTime: dosTime, mtime: mtime))
        var crc: UInt32 = 0
        let total = try readPieces(fd, url: url, size: size) { piece, sink in
            if knownCRC == nil { crc = DeflateCompressor.crc32(piece, continuing: crc) }
            try sink.append(piece)
        }
        guard total == size else { throw Self.changed(url, size, total) }
        if knownCRC == nil {
            entry.crc = crc
            try sink.patch(at: entry.offset, with: ZipRecords.localHeader(entry, dosTime: dosTime, mtime: mtime))
        }
        entries.append(entry)
        return entry.crc
    }

    /// Deflates the file piece by piece with zlib, then fills in the header.
    private mutating func streamDeflated(_ fd: Int32, url: URL, name: String, size: UInt64) throws {
        var entry = ZipRecords.Entry(name: Array(name.utf8), method: .deflated, crc: 0, compressedSize: 0, size: size,
                                     offset: sink.offset, isDirectory: false,
                                     localZip64: size >= ZipRecords.zip64Threshold)
        try sink.append(ZipRecords.localHeader(entry, dosTime: dosTime, mtime: mtime))
        let start = sink.offset
        let archive = archiveName
        let stream: DeflateStream
        do { stream = try DeflateStream() } catch { throw Self.deflateFailed(archive, name, error) }
        var crc: UInt32 = 0
        let total = try readPieces(fd, url: url, size: size) { piece, sink in
            crc = DeflateCompressor.crc32(piece, continuing: crc)
            do {
                try stream.compress(piece, finish: false) { try sink.append($0) }
            } catch let error as DeflateError { throw Self.deflateFailed(archive, name, error) }
        }
        guard total == size else { throw Self.changed(url, size, total) }
        do {
            try stream.compress(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) { try sink.append($0) }
        } catch let error as DeflateError { throw Self.deflateFailed(archive, name, error) }
        entry.crc = crc
        entry.compressedSize = sink.offset - start
        guard entry.localZip64 || entry.compressedSize < ZipRecords.saturated32 else {
            throw ArchiveError.writeFailed(destination: archiveName, reason: "the deflated “\(name)” grew past 4 GiB")
        }
        try sink.patch(at: entry.offset, with: ZipRecords.localHeader(entry, dosTime: dosTime, mtime: mtime))
        entries.append(entry)
    }

    // MARK: - Reading sources

    /// Reads `fd` to its end in `chunkSize` pieces; returns the byte count,
    /// stopping early (with a count above `size`) if the file grew.
    private mutating func readPieces(_ fd: Int32, url: URL, size: UInt64,
                                     _ body: (UnsafeRawBufferPointer, inout Sink) throws -> Void) throws -> UInt64 {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var total: UInt64 = 0
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.unreadable(url, errno)
            }
            if count == 0 { return total }
            total += UInt64(count)
            guard total <= size else { return total }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), &sink)
        }
    }

    private func readWhole(_ fd: Int32, url: URL, size: UInt64) throws -> [UInt8] {
        // One byte more than expected, to notice a file that grew; not
        // zeroed first (the read fills what is kept).
        var total = 0
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(size) + 1) { buffer, count in
            while total < buffer.count {
                let n = read(fd, buffer.baseAddress! + total, buffer.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                total += n
            }
            count = min(total, Int(size))
        }
        if let failure { throw Self.unreadable(url, failure) }
        guard UInt64(total) == size else { throw Self.changed(url, size, UInt64(total)) }
        return bytes
    }

    private static func unreadable(_ url: URL, _ code: Int32) -> ArchiveError {
        .sourceUnreadable(source: url.path, reason: Message(verbatim: String(cString: strerror(code))))
    }

    private static func changed(_ url: URL, _ expected: UInt64, _ actual: UInt64) -> ArchiveError {
        .sourceChanged(source: url.path, expectedBytes: Int64(expected), actualBytes: Int64(actual))
    }

    private static func deflateFailed(_ archive: String, _ name: String, _ error: Error) -> ArchiveError {
        .writeFailed(destination: archive, reason: "cannot deflate “\(name)”: \(String(describing: error))")
    }

    private func deflated(_ bytes: UnsafeRawBufferPointer, name: String) throws -> [UInt8]? {
        do { return try compressor.compress(bytes) } catch { throw Self.deflateFailed(archiveName, name, error) }
    }
}
