import Foundation

/// Bytes that all the archives of one build may declare, together.
///
/// `SafeArchiveReader.Limits` bound one archive; a repository with many
/// lessons could still ask a build to expand hundreds of large archives.
/// Callers that read several archives share one budget (the package check
/// one for every lesson ZIP it opens); each archive's declared
/// uncompressed size is charged when its directory is read, and the
/// archive that would exceed the budget is refused.
public final class ArchiveBudget: @unchecked Sendable {
    public let limit: UInt64
    private var spent: UInt64 = 0
    private let lock = NSLock()

    public init(bytes: UInt64) { limit = bytes }

    /// Generous for a build: 64 GiB of declared content in all.
    public static func perBuild() -> ArchiveBudget { ArchiveBudget(bytes: 64 << 30) }

    /// Bytes charged so far.
    public var used: UInt64 { lock.withLock { spent } }

    /// Charges `bytes` for `archive`, or throws without charging.
    public func charge(_ bytes: UInt64, archive: String) throws {
        try lock.withLock {
            guard bytes <= limit - spent else {
                throw ArchiveError.unsafeArchive(
                    archive: archive,
                    reason: "it declares \(bytes) bytes of content, more than the \(limit - spent) bytes left of the \(limit)-byte budget for all archives of this build")
            }
            spent += bytes
        }
    }
}
