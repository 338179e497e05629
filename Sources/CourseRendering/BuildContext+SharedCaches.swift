import CourseArchive
import CourseKit

extension BuildContext {
    /// Encoded ZIP entries of source files, shared by every archive of this
    /// build (see `ZipEntryCache`).
    public var zipEntryCache: ZipEntryCache { shared(ZipEntryCache.self) { ZipEntryCache() } }

    /// Markdown rendered once for every target of this batch that renders
    /// it alike (see `MarkdownBodyCache`), dropped with the batch.
    public var markdownBodyCache: MarkdownBodyCache { batchShared(MarkdownBodyCache.self) { MarkdownBodyCache() } }
}
