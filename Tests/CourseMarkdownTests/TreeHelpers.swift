@testable import CourseMarkdown

/// Depth-first list of all nodes, for assertions that search the tree.
func allNodes(_ node: MarkdownNode) -> [MarkdownNode] {
    var out: [MarkdownNode] = []
    var stack = [node]
    while let n = stack.popLast() {
        out.append(n)
        stack.append(contentsOf: n.children.reversed())
    }
    return out
}

func nodes(_ root: MarkdownNode, where predicate: (MarkdownNode.Kind) -> Bool) -> [MarkdownNode] {
    allNodes(root).filter { predicate($0.kind) }
}

func point(_ line: Int, _ column: Int) -> SourcePoint { SourcePoint(line: line, column: column) }
