import CourseArchive
import CourseKit

extension BuildContext {
    /// Encoded ZIP entries of source files, shared by every archive of this
    /// build (see `ZipEntryCache`).
    public var zipEntryCache: ZipEntryCache { shared(ZipEntryCache.self) { ZipEntryCache() } }

    /// Markdown rendered once for every target of this build that renders
    /// it alike (see `MarkdownBodyCache`).
    public var markdownBodyCache: MarkdownBodyCache { shared(MarkdownBodyCache.self) { MarkdownBodyCache() } }
}
