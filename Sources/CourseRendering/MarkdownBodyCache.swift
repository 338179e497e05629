import Foundation

/// Markdown rendered once per build for every target that renders it the
/// same way. The offline site and the SCORM packages show the same lesson
/// bodies, stems and options with the same math (typeset in the browser)
/// and the same media paths; only links between lessons differ, since each
/// package names its pages its own way. So an entry remembers which page
/// links its HTML used and serves only renderers that resolve them alike.
///
/// One cache per build (`BuildContext.shared`): every renderer of a build
/// has the same repository, hence the same HTML allowlist and embed policy.
/// Diagnostics found while rendering went to the build's sink the first
/// time; a hit does not repeat them.
public final class MarkdownBodyCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: ExactText
        var sourcePath: ExactText
        var lineOffset: Int
        var topLevel: Int
        var typesetMath: Bool
        var assetPrefix: ExactText
        var mediaFolder: ExactText
    }

    /// A link to another lesson and the page it resolved to (nil: unpublished).
    struct PageLink: Equatable {
        var path: String
        var href: String?
    }

    struct Entry {
        var output: MarkdownBody.Output
        var pageLinks: [PageLink]
    }

    private let lock = NSLock()
    private var slots: [Key: PendingValue<Entry>] = [:]

    public init() {}

    /// The rendering of `key`: the one already made, if its page links
    /// resolve the same way in `pageLinks`, else `render()`'s.
    func output(for key: Key, pageLinks: [String: String], render: () -> Entry) -> MarkdownBody.Output {
        lock.lock()
        if let slot = slots[key] {
            lock.unlock()
            let entry = slot.wait()
            if entry.pageLinks.allSatisfy({ pageLinks[$0.path] == $0.href }) { return entry.output }
            return render().output
        }
        // The first renderer to ask renders; others asking meanwhile wait
        // rather than render it again (the targets of a build walk the
        // same courses at the same time).
        let slot = PendingValue<Entry>()
        slots[key] = slot
        lock.unlock()
        let entry = render()
        slot.fill(entry)
        return entry.output
    }
}
