import CourseLocalization
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes ZIP files whose bytes depend only on the logical content: entry
/// names, entry data and the timestamp. Clock, time zone, umask, locale,
/// checkout path, source file modes/mtimes and the order of `add…` calls
/// do not leak into the output.
///
/// Entries are only recorded by `add…`; `finish()` writes them sorted by
/// the UTF-8 bytes of their names, streaming files from disk, into a
/// temporary file that is renamed over `destination` only on success
/// (through `ZipStreamWriter`, which writes entries already in that order
/// as they come).
///
/// Not thread-safe; use one writer per archive from one task.
public final class DeterministicZipWriter {
    /// 1980-01-01T00:00:00Z, the earliest instant the MS-DOS date/time
    /// fields of every ZIP header can express. Using the format's own epoch
    /// as the default keeps both timestamp encodings (DOS and 'UT') valid
    /// and in agreement, and every unzip shows the same obviously-synthetic
    /// date instead of a misleading "build time".
    public static let dosEpoch = Date(timeIntervalSince1970: 315_532_800)

    /// Where `finish()` puts the archive.
    public let destination: URL
    /// The mtime given to every entry (after clamping to what ZIP can hold).
    public let timestamp: Date
    /// Whether `finish()` flushes the archive and its folder to disk before
    /// returning. Builds write into a staging folder and can always be run
    /// again, so they skip it (a flush of a 17 MB archive cost more than
    /// writing it); anything that must survive a power cut keeps it.
    public let flushesToDisk: Bool
    /// Entries of source files already encoded in this build, or nil.
    public let cache: ZipEntryCache?

    private enum Content {
        case file(URL)
        case data(Data)
        case directory
    }

    /// Keyed by NFC path without trailing slash.
    private var entries: [String: Content] = [:]
    /// `addDirectory` does not throw (callers treat folders as a formality),
    /// so a bad directory path is reported by `finish()`.
    private var deferredError: ArchiveError?
    private var finished = false

    /// - Parameter timestamp: mtime for every entry; defaults to
    ///   `reproducibleTimestamp(environment:)` of the current process.
    ///   Clamped to 1980-01-01…2106-02-07 (the DOS fields cannot go earlier,
    ///   the 32-bit 'UT' field cannot go later) and truncated to seconds.
    /// - Parameter cache: shares the encoded entries of source files with
    ///   the other archives of a build (see `ZipEntryCache`).
    public init(destination: URL, timestamp: Date? = nil, flushesToDisk: Bool = true, cache: ZipEntryCache? = nil) {
        self.destination = destination
        self.flushesToDisk = flushesToDisk
        self.cache = cache
        self.timestamp = Self.clamped(timestamp ?? Self.reproducibleTimestamp())
    }

    /// `requested` clamped to 1980-01-01…2106-02-07 and truncated to seconds.
    public static func clamped(_ requested: Date) -> Date {
        let seconds = requested.timeIntervalSince1970.rounded(.down)
        return Date(timeIntervalSince1970: min(max(seconds, dosEpoch.timeIntervalSince1970), Double(UInt32.max)))
    }

    /// `SOURCE_DATE_EPOCH` (decimal integer seconds, see
    /// reproducible-builds.org) when set and well-formed, otherwise
    /// `dosEpoch`. A malformed value is ignored rather than trusted.
    public static func reproducibleTimestamp(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Date {
        if let raw = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespacesAndNewlines),
           !raw.isEmpty, raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
           let seconds = Int64(raw) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return dosEpoch
    }

    /// Records a file to be streamed from `sourceURL` during `finish()`.
    /// The file must exist now and be a regular file (symlinks are followed);
    /// its size is taken again when it is read.
    public func addFile(at sourceURL: URL, as path: String) throws {
        let name = try reserve(path)
        var info = stat()
        guard stat(sourceURL.path, &info) == 0 else {
            throw ArchiveError.sourceUnreadable(source: sourceURL.path, reason: Message(verbatim: String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ArchiveError.sourceUnreadable(source: sourceURL.path, reason: "not a regular file")
        }
        entries[name] = .file(sourceURL)
    }

    /// Records in-memory content (generated HTML, manifests…).
    public func addData(_ data: Data, as path: String) throws {
        let name = try reserve(path)
        entries[name] = .data(data)
    }

    /// Records an explicit (possibly empty) folder. Folders implied by file
    /// paths are added automatically; adding one twice is harmless.
    public func addDirectory(_ path: String) {
        do {
            let name = try ArchivePath.normalized(path, allowTrailingSlash: true)
            switch entries[name] {
            case nil: entries[name] = .directory
            case .directory?: break
            default: deferredError = deferredError ?? .duplicatePath(name)
            }
        } catch let error as ArchiveError {
            deferredError = deferredError ?? error
        } catch {
            deferredError = deferredError ?? .invalidPath(path: path, reason: Message(verbatim: String(describing: error)))
        }
    }

    /// Writes the archive atomically and returns what was written. On any
    /// error neither `destination` nor a temporary file is left behind (an
    /// existing `destination` is left untouched).
    @discardableResult
    public func finish() throws -> ArchiveSummary {
        guard !finished else { throw ArchiveError.alreadyFinished(destination: destination.path) }
        finished = true
        if let deferredError { throw deferredError }
        let plan = try orderedEntries()
        let stream = try ZipStreamWriter(destination: destination, timestamp: timestamp, flushesToDisk: flushesToDisk, cache: cache)
        for (name, content) in plan {
            switch content {
            case .directory: try stream.write(String(name.dropLast()), content: .directory)
            case .data(let data): try stream.write(name, content: .data(data))
            case .file(let url): try stream.write(name, content: .file(url))
            }
        }
        return try stream.finish()
    }

    // MARK: - Private

    /// Validates `path` and makes sure nothing else claimed it.
    private func reserve(_ path: String) throws -> String {
        guard !finished else { throw ArchiveError.alreadyFinished(destination: destination.path) }
        let name = try ArchivePath.normalized(path)
        guard entries[name] == nil else { throw ArchiveError.duplicatePath(name) }
        return name
    }

    /// Adds implied parent folders and sorts by the stored name (folders
    /// carry their trailing "/", so a parent, being a prefix, sorts before
    /// its children).
    private func orderedEntries() throws -> [(name: String, content: Content)] {
        var all = entries
        // parents(of:) lists every ancestor, so one pass covers nested folders.
        for path in entries.keys {
            for parent in ArchivePath.parents(of: path) {
                switch all[parent] {
                case nil, .directory?: all[parent] = .directory
                default: throw ArchiveError.duplicatePath(parent) // a file used as a folder
                }
            }
        }
        return all.map { path, content -> (key: [UInt8], name: String, content: Content) in
            let name: String
            if case .directory = content { name = path + "/" } else { name = path }
            return (Array(name.utf8), name, content)
        }
        .sorted { ArchivePath.byteOrder($0.key, $1.key) }
        .map { (name: $0.name, content: $0.content) }
    }
}
