import CourseArchive
import CourseKit

extension BuildContext {
    /// Encoded ZIP entries of source files, shared by every archive of this
    /// build (see `ZipEntryCache`).
    public var zipEntryCache: ZipEntryCache { shared(ZipEntryCache.self) { ZipEntryCache() } }

    /// Markdown rendered once for every target of this build that renders
    /// it alike (see `MarkdownBodyCache`).
    public var markdownBodyCache: MarkdownBodyCache { shared(MarkdownBodyCache.self) { MarkdownBodyCache() } }

    /// Lesson bodies parsed once for the platform package and for the
    /// offline site or SCORM packages (see `MarkdownTreeCache`); nil when
    /// the build does not run both sides.
    public var markdownTreeCache: MarkdownTreeCache? {
        guard targetNames.contains("mct"), targetNames.contains("html") || targetNames.contains("scorm12") else { return nil }
        return shared(MarkdownTreeCache.self) { MarkdownTreeCache() }
    }
}
