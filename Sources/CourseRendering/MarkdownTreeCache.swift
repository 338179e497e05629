import CourseMarkdown
import Foundation

/// Parsed lesson bodies handed from one rendering of a build to the other.
/// The platform package typesets math to MathML while the offline site and
/// SCORM packages leave it to KaTeX in the browser, so their HTML cannot be
/// shared (`MarkdownBodyCache` shares it between the last two), but the
/// parse can: each lesson body is parsed once per build instead of twice.
///
/// A tree is forgotten when the second renderer takes it, so the cache only
/// holds bodies one side has rendered and the other not yet; `byteLimit`
/// (of Markdown text) bounds that when one side runs far ahead. A body
/// rendered a third time is simply parsed again.
public final class MarkdownTreeCache: @unchecked Sendable {
    private struct Key: Hashable {
        var text: ExactText
        var lineOffset: Int
    }

    private let lock = NSLock()
    private var slots: [Key: PendingValue<MarkdownNode>] = [:]
    private var heldBytes = 0
    private let byteLimit: Int

    public init(byteLimit: Int = 4 << 20) {
        self.byteLimit = byteLimit
    }

    /// The tree of `text`: the one another renderer parsed (or is parsing),
    /// else `parse()`'s, kept for the next renderer if there is room.
    func tree(of text: String, lineOffset: Int, parse: () -> MarkdownNode) -> MarkdownNode {
        let key = Key(text: ExactText(text), lineOffset: lineOffset)
        let size = text.utf8.count
        lock.lock()
        if let slot = slots.removeValue(forKey: key) {
            heldBytes -= size
            lock.unlock()
            return slot.wait()
        }
        guard heldBytes + size <= byteLimit else {
            lock.unlock()
            return parse()
        }
        let slot = PendingValue<MarkdownNode>()
        slots[key] = slot
        heldBytes += size
        lock.unlock()
        let tree = parse()
        slot.fill(tree)
        return tree
    }

    /// Trees parsed and not yet taken (for tests).
    var heldCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return slots.count
    }
}
