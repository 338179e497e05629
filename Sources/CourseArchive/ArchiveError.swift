import CourseLocalization
import Foundation

/// Everything that can go wrong while writing or reading an archive.
///
/// Every case names the file, entry or archive involved so that a course
/// author reading the CLI output knows what to fix without a debugger.
/// Reasons are `Message`s, written in the reader's language when the
/// message that holds them is; the system's own words (`strerror`) are
/// their verbatim arguments.
public enum ArchiveError: MessageError, CustomStringConvertible, Equatable, Sendable {
    /// An archive path given to the writer is not a clean relative path.
    case invalidPath(path: String, reason: Message)
    /// Two entries would end up with the same name (or a name is used both
    /// as a file and as a folder).
    case duplicatePath(String)
    /// A source file could not be opened, stat'ed or read.
    case sourceUnreadable(source: String, reason: Message)
    /// A source file changed size between `stat` and the end of reading it.
    case sourceChanged(source: String, expectedBytes: Int64, actualBytes: Int64)
    /// The output archive could not be produced.
    case writeFailed(destination: String, reason: Message)
    /// `finish()` was called a second time on the same writer.
    case alreadyFinished(destination: String)
    /// An archive could not be opened or parsed by the reader.
    case unreadableArchive(archive: String, reason: Message)
    /// An entry was refused for safety reasons (path traversal, links,
    /// device files, encryption, sizes beyond the limits).
    case unsafeEntry(path: String, reason: Message)
    /// The archive as a whole was refused for safety reasons (overlapping
    /// entries, too many entries, a compression ratio or total size beyond
    /// the limits, a central directory that disagrees with itself).
    case unsafeArchive(archive: String, reason: Message)
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
    public var reason: Message {
        switch self {
        case let .unreadableArchive(_, reason), let .unsafeArchive(_, reason): reason
        case let .unsafeEntry(path, reason): "entry “\(path)”: \(reason)"
        case let .entryNotFound(path, _): "it has no entry named “\(path)”"
        case let .entryTooLarge(path, maxBytes): "entry “\(path)” is larger than the \(maxBytes) bytes allowed here"
        default: message
        }
    }

    /// What went wrong, in the reader's language when rendered.
    public var message: Message {
        switch self {
        case let .invalidPath(path, reason):
            "Invalid archive path “\(path)”: \(reason)."
        case let .duplicatePath(path):
            "The archive would contain “\(path)” twice; each path must be unique."
        case let .sourceUnreadable(source, reason):
            "Cannot read “\(source)”: \(reason)."
        case let .sourceChanged(source, expected, actual):
            "“\(source)” changed while it was being archived (expected \(expected) bytes, read \(actual)); run the build again."
        case let .writeFailed(destination, reason):
            "Cannot write archive “\(destination)”: \(reason)."
        case let .alreadyFinished(destination):
            "The archive “\(destination)” was already finished; create a new writer."
        case let .unreadableArchive(archive, reason):
            "Cannot read archive “\(archive)”: \(reason)."
        case let .unsafeEntry(path, reason):
            "Refusing archive entry “\(path)”: \(reason)."
        case let .unsafeArchive(archive, reason):
            "Refusing archive “\(archive)”: \(reason)."
        case let .entryNotFound(path, archive):
            "The archive “\(archive)” has no entry named “\(path)”."
        case let .entryTooLarge(path, maxBytes):
            "Archive entry “\(path)” is larger than the \(maxBytes) bytes allowed here."
        }
    }

    /// English, for logs and tests; readers get `message`.
    public var description: String { message.text(in: .en) }
}
