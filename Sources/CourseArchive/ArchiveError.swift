import Foundation

/// Everything that can go wrong while writing or reading an archive.
///
/// Every case names the file, entry or archive involved so that a course
/// author reading the CLI output knows what to fix without a debugger.
public enum ArchiveError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An archive path given to the writer is not a clean relative path.
    case invalidPath(path: String, reason: String)
    /// Two entries would end up with the same name (or a name is used both
    /// as a file and as a folder).
    case duplicatePath(String)
    /// A source file could not be opened, stat'ed or read.
    case sourceUnreadable(source: String, reason: String)
    /// A source file changed size between `stat` and the end of reading it.
    case sourceChanged(source: String, expectedBytes: Int64, actualBytes: Int64)
    /// The output archive could not be produced.
    case writeFailed(destination: String, reason: String)
    /// `finish()` was called a second time on the same writer.
    case alreadyFinished(destination: String)
    /// An archive could not be opened or parsed by the reader.
    case unreadableArchive(archive: String, reason: String)
    /// An entry was refused for safety reasons (path traversal, links,
    /// device files, encryption, sizes beyond the limits).
    case unsafeEntry(path: String, reason: String)
    /// The archive as a whole was refused for safety reasons (overlapping
    /// entries, too many entries, a compression ratio or total size beyond
    /// the limits, a central directory that disagrees with itself).
    case unsafeArchive(archive: String, reason: String)
    /// `read(entry:)` did not find the entry.
    case entryNotFound(path: String, archive: String)
    /// `read(entry:maxBytes:)` found an entry larger than the caller allows.
    case entryTooLarge(path: String, maxBytes: Int)

    /// Whether the archive was refused for safety (a hostile or
    /// over-large archive) rather than being unreadable or misused.
    public var isSafetyRefusal: Bool {
        switch self {
        case .unsafeEntry, .unsafeArchive: true
        default: false
        }
    }

    /// What is wrong, without naming the archive (for messages that name
    /// it already).
    public var reason: String {
        switch self {
        case let .unreadableArchive(_, reason), let .unsafeArchive(_, reason): reason
        case let .unsafeEntry(path, reason): "entry “\(path)”: \(reason)"
        case let .entryNotFound(path, _): "it has no entry named “\(path)”"
        case let .entryTooLarge(path, maxBytes): "entry “\(path)” is larger than the \(maxBytes) bytes allowed here"
        default: description
        }
    }

    public var description: String {
        switch self {
        case let .invalidPath(path, reason):
            return "Invalid archive path “\(path)”: \(reason)."
        case let .duplicatePath(path):
            return "The archive would contain “\(path)” twice; each path must be unique."
        case let .sourceUnreadable(source, reason):
            return "Cannot read “\(source)”: \(reason)."
        case let .sourceChanged(source, expected, actual):
            return "“\(source)” changed while it was being archived "
                + "(expected \(expected) bytes, read \(actual)); run the build again."
        case let .writeFailed(destination, reason):
            return "Cannot write archive “\(destination)”: \(reason)."
        case let .alreadyFinished(destination):
            return "The archive “\(destination)” was already finished; create a new writer."
        case let .unreadableArchive(archive, reason):
            return "Cannot read archive “\(archive)”: \(reason)."
        case let .unsafeEntry(path, reason):
            return "Refusing archive entry “\(path)”: \(reason)."
        case let .unsafeArchive(archive, reason):
            return "Refusing archive “\(archive)”: \(reason)."
        case let .entryNotFound(path, archive):
            return "The archive “\(archive)” has no entry named “\(path)”."
        case let .entryTooLarge(path, maxBytes):
            return "Archive entry “\(path)” is larger than the \(maxBytes) bytes allowed here."
        }
    }
}
