import CourseMarkdown
import Foundation

/// Each lesson body's full Markdown tree, kept by a build beside the model
/// (which holds no parser trees), keyed by the lesson file's path. The
/// loader fills it from the one parse it makes of each body; every target
/// renders from it, so a body is parsed once per build whatever the number
/// of targets. A check keeps none.
public final class LessonTrees: @unchecked Sendable {
    private let lock = NSLock()
    private var trees: [String: MarkdownNode] = [:]

    public init() {}

    public func store(_ tree: MarkdownNode, for path: String) {
        lock.lock()
        trees[path] = tree
        lock.unlock()
    }

    /// The tree of the lesson at `path`, if the build kept it.
    public subscript(path: String) -> MarkdownNode? {
        lock.lock()
        defer { lock.unlock() }
        return trees[path]
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return trees.count
    }
}
