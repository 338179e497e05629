import CourseArchive
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal, deterministic ZIP writer for one lesson's HTML-content package.
///
/// Why not `DeterministicZipWriter`: it goes through libarchive and a
/// temporary file per archive, which would cost more than the content for a
/// thousand small lesson ZIPs that only live until they are copied into
/// `courses.zip`. This writer builds the ZIP in memory
/// (or in a plain file for lessons with large media) with every byte chosen
/// here: entries sorted by UTF-8 bytes, one fixed DOS time computed in UTC,
/// Unix mode 0644, UTF-8 name flag, no extra fields. Entries are *stored*:
/// the pages are a few KB and images and fonts are already compressed, and
/// `courses.zip` around it stores ZIPs as they are.
struct StoredZipWriter {
    enum Content {
        case data(Data)
        case file(URL)
    }

    enum Failure: Error, CustomStringConvertible {
        case invalidName(String)
        case duplicate(String)
        case tooLarge(String)
        case unreadable(String, String)
        var description: String {
            switch self {
            case .invalidName(let n): "invalid entry name “\(n)” in a lesson ZIP"
            case .duplicate(let n): "“\(n)” would be twice in a lesson ZIP"
            case .tooLarge(let n): "“\(n)” makes a lesson ZIP larger than 4 GiB"
            case .unreadable(let path, let reason): "cannot read “\(path)”: \(reason)"
            }
        }
    }

    private var entries: [String: Content] = [:]
    let dosDateTime: UInt32
    let checksums: ChecksumCache?

    init(timestamp: Date, checksums: ChecksumCache? = nil) {
        dosDateTime = Self.dosDateTime(unixSeconds: Int64(timestamp.timeIntervalSince1970))
        self.checksums = checksums
    }

    mutating func add(_ content: Content, as name: String) throws {
        let normalized = CanonicalName.nfc(name)
        let parts = normalized.split(separator: "/", omittingEmptySubsequences: false)
        guard !normalized.isEmpty, !normalized.hasPrefix("/"), !normalized.utf8.contains(UInt8(ascii: "\\")),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { throw Failure.invalidName(name) }
        guard entries[normalized] == nil else { throw Failure.duplicate(normalized) }
        entries[normalized] = content
    }

    /// The archive in memory.
    func data() throws -> Data {
        var sink = MemorySink()
        try write(to: &sink)
        return sink.data
    }

    /// The archive written to `url` (no fsync: it is a build intermediate).
    func write(to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw Failure.unreadable(url.path, "cannot create the file")
        }
        defer { try? handle.close() }
        var sink = FileSink(handle: handle)
        try write(to: &sink)
        try sink.flush()
    }

    // MARK: - Format

    private struct Written { var name: [UInt8]; var crc: UInt32; var size: UInt32; var offset: UInt32 }

    private func write<S: ZipSink>(to sink: inout S) throws {
        var written: [Written] = []
        let names = entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let nameBytes = Array(name.utf8)
            guard sink.offset < UInt64(UInt32.max) else { throw Failure.tooLarge(name) }
            let offset = UInt32(sink.offset)
            // Sizes and CRC are only known after the data; the header is
            // patched in place (no data descriptors, so every reader copes).
            var header = localHeader(name: nameBytes, crc: 0, size: 0)
            sink.append(header)
            var checksum: UInt32
            var size: UInt64 = 0
            switch entries[name]! {
            case .data(let data):
                var crc = CRC32()
                data.withUnsafeBytes { crc.update($0) }
                checksum = crc.value
                size = UInt64(data.count)
                sink.append(data)
            case .file(let url):
                (size, checksum) = try stream(url, into: &sink)
            }
            guard size < UInt64(UInt32.max), sink.offset < UInt64(UInt32.max) else { throw Failure.tooLarge(name) }
            header = localHeader(name: nameBytes, crc: checksum, size: UInt32(size))
            try sink.patch(at: UInt64(offset), with: header)
            written.append(Written(name: nameBytes, crc: checksum, size: UInt32(size), offset: offset))
        }
        let directoryOffset = UInt32(sink.offset)
        var directory: [UInt8] = []
        for entry in written {
            directory.le32(0x0201_4B50)
            directory.le16(0x031E)            // made by: Unix, spec 3.0 → mode below is read
            directory.le16(20)                // needed: 2.0
            directory.le16(0x0800)            // UTF-8 names
            directory.le16(0)                 // stored
            directory.le32(dosDateTime)
            directory.le32(entry.crc)
            directory.le32(entry.size)
            directory.le32(entry.size)
            directory.le16(UInt16(entry.name.count))
            directory.le16(0); directory.le16(0); directory.le16(0); directory.le16(0)
            directory.le32(UInt32(0o100644) << 16) // regular file, rw-r--r--, whatever the umask
            directory.le32(entry.offset)
            directory += entry.name
        }
        sink.append(directory)
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le16(0); end.le16(0)
        end.le16(UInt16(written.count)); end.le16(UInt16(written.count))
        end.le32(UInt32(directory.count)); end.le32(directoryOffset)
        end.le16(0)
        sink.append(end)
    }

    private func localHeader(name: [UInt8], crc: UInt32, size: UInt32) -> [UInt8] {
        var h: [UInt8] = []
        h.reserveCapacity(30 + name.count)
        h.le32(0x0403_4B50)
        h.le16(20); h.le16(0x0800); h.le16(0)
        h.le32(dosDateTime)
        h.le32(crc); h.le32(size); h.le32(size)
        h.le16(UInt16(name.count)); h.le16(0)
        return h + name
    }

    /// Copies a file in 64 KiB pieces; the checksum comes from the cache
    /// when this file was already read in this build.
    private func stream<S: ZipSink>(_ url: URL, into sink: inout S) throws -> (UInt64, UInt32) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.unreadable(url.path, String(cString: strerror(errno))) }
        defer { close(fd) }
        let key = checksums == nil ? nil : ChecksumCache.key(for: fd, path: url.path)
        let known = key.flatMap { checksums?.value(for: $0) }
        var crc = CRC32()
        let chunk = 1 << 16
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total: UInt64 = 0
        while true {
            let n = read(fd, buffer.baseAddress, chunk)
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw Failure.unreadable(url.path, String(cString: strerror(errno))) }
            if n == 0 {
                if let key, known == nil { checksums?.store(crc.value, for: key) }
                return (total, known ?? crc.value)
            }
            let part = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            if known == nil { crc.update(part) }
            sink.append(part)
            total += UInt64(n)
        }
    }

    /// MS-DOS date and time of `seconds` in UTC (never the local zone).
    static func dosDateTime(unixSeconds seconds: Int64) -> UInt32 {
        var t = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil, parts.tm_year + 1900 >= 1980 else { return 0x0021_0000 }
        let year = Int(parts.tm_year) + 1900
        if year > 2107 { return 0xFF9F_BF7D }
        let date = UInt32(year - 1980) << 9 | UInt32(parts.tm_mon + 1) << 5 | UInt32(parts.tm_mday)
        let time = UInt32(parts.tm_hour) << 11 | UInt32(parts.tm_min) << 5 | UInt32(parts.tm_sec / 2)
        return date << 16 | time
    }
}

extension [UInt8] {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
