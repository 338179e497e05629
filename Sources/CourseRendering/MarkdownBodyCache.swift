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
        var text: String
        var sourcePath: String
        var lineOffset: Int
        var topLevel: Int
        var typesetMath: Bool
        var assetPrefix: String
        var mediaFolder: String
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

    /// The rendering of one key: made by the first renderer that asks;
    /// others asking meanwhile wait for it rather than render it again
    /// (the targets of a build walk the same courses at the same time).
    private final class Slot: @unchecked Sendable {
        private let condition = NSCondition()
        private var entry: Entry?

        func wait() -> Entry {
            condition.lock()
            defer { condition.unlock() }
            while entry == nil { condition.wait() }
            return entry!
        }

        func fill(_ value: Entry) {
            condition.lock()
            entry = value
            condition.broadcast()
            condition.unlock()
        }
    }

    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]

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
        let slot = Slot()
        slots[key] = slot
        lock.unlock()
        let entry = render()
        slot.fill(entry)
        return entry.output
    }
}
