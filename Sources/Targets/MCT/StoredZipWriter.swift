import CourseArchive
import CourseLocalization
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ZIP of one lesson's HTML-content package, built in memory (or in a
/// plain file for lessons with large media) by the archive layer's
/// `ZipEncoder`, the same encoder as every other archive.
///
/// Why not `DeterministicZipWriter`: it writes through a temporary file per
/// archive, which would cost more than the content for a thousand small
/// lesson ZIPs that only live until they are copied into `courses.zip`.
/// Entries are sorted by UTF-8 bytes and *stored*: the pages are a few KB,
/// images and fonts are already compressed, and `courses.zip` around it
/// stores ZIPs as they are.
struct StoredZipWriter {
    enum Content {
        case data(Data)
        case file(URL)
    }

    enum Failure: Error, CustomStringConvertible {
        case invalidName(String)
        case duplicate(String)
        var description: String {
            switch self {
            case .invalidName(let n): "invalid entry name “\(n)” in a lesson ZIP"
            case .duplicate(let n): "“\(n)” would be twice in a lesson ZIP"
            }
        }
    }

    private var entries: [String: Content] = [:]
    let timestamp: Int64
    let cache: ZipEntryCache?

    init(timestamp: Date, cache: ZipEntryCache? = nil) {
        self.timestamp = Int64(timestamp.timeIntervalSince1970)
        self.cache = cache
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
        var encoder = ZipEncoder(sink: MemoryZipSink(), timestamp: timestamp, cache: cache)
        try encode(into: &encoder)
        return encoder.sink.data
    }

    /// The archive written to `url` (no fsync: it is a build intermediate).
    func write(to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ArchiveError.writeFailed(destination: url.path, reason: Message(verbatim: String(cString: strerror(errno))))
        }
        defer { close(fd) }
        let sink = FileZipSink(fd: fd, name: url.path)
        var encoder = ZipEncoder(sink: sink, timestamp: timestamp, cache: cache, archiveName: url.path)
        try encode(into: &encoder)
        try sink.flush()
    }

    private func encode<S: ZipSink>(into encoder: inout ZipEncoder<S>) throws {
        for name in entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            switch entries[name]! {
            case .data(let data): try encoder.addData(data, name: name, compress: false)
            case .file(let url): try encoder.addFile(at: url, name: name, compress: false)
            }
        }
        try encoder.finish()
    }
}
