/// One entry of an archive as seen by `SafeArchiveReader`.
public struct ArchiveEntryInfo: Sendable, Equatable, Hashable {
    /// The only entry kinds the reader lets through; links and device files
    /// are rejected before an `ArchiveEntryInfo` is ever made.
    public enum EntryType: String, Sendable, Equatable, Hashable {
        case file
        case directory
    }

    /// Relative path inside the archive, `/`-separated, without the trailing
    /// slash that ZIP uses to mark directories.
    public let path: String
    /// Uncompressed size in bytes, as the central directory declares it;
    /// `SafeArchiveReader.entries()` and every read verify it by inflating.
    public let size: Int64
    public let type: EntryType

    public init(path: String, size: Int64, type: EntryType) {
        self.path = path
        self.size = size
        self.type = type
    }
}
