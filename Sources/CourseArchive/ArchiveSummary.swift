import Foundation

/// What `DeterministicZipWriter.finish()` produced.
public struct ArchiveSummary: Sendable, Equatable {
    /// Final location of the archive (already renamed into place).
    public let url: URL
    /// Size of the archive file in bytes.
    public let byteSize: Int64
    /// Number of entries, directories included.
    public let entryCount: Int

    public init(url: URL, byteSize: Int64, entryCount: Int) {
        self.url = url
        self.byteSize = byteSize
        self.entryCount = entryCount
    }

    /// File-system path of the archive.
    public var path: String { url.path }
}
