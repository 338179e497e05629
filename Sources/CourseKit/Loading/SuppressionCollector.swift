import CourseMarkdown

/// Finds `<!-- coursec-disable RULE: reason -->` comments among the
/// top-level blocks of a Markdown body and works out the element each one
/// applies to. Validity (known rule, reason given) is checked later by
/// `SuppressionCheck`, so that every problem is reported the same way.
struct SuppressionCollector {
    let file: SourceFile
    static let keyword = "coursec-disable"

    func collect(_ document: MarkdownNode) -> [Suppression] {
        let blocks = document.children
        var result: [Suppression] = []
        for (index, block) in blocks.enumerated() {
            guard let (ruleID, reason) = Self.parse(block) else { continue }
            let range = file.sourceRange(block.span)
            // Stacked comments apply to the same element.
            let rest = blocks[(index + 1)...]
            let lines = rest.firstIndex { Self.parse($0) == nil }.map { element(at: $0, in: blocks) }
                ?? range.start.line...range.start.line
            result.append(Suppression(ruleID: ruleID, reason: reason, range: range, lines: lines))
        }
        return result
    }

    /// The lines of the element starting at `blocks[index]`: a question
    /// (the first item of an ordered list, with the option blocks that
    /// trail a one-item list), or any other block.
    private func element(at index: Int, in blocks: [MarkdownNode]) -> ClosedRange<Int> {
        let block = blocks[index]
        let start = block.span.start.line
        guard case .list(ordered: true, _, _) = block.kind, let first = block.children.first else {
            return start...max(start, block.span.end.line)
        }
        if block.children.count > 1 { return first.span.start.line...max(first.span.start.line, block.children[1].span.start.line - 1) }
        var end = block.span.end.line
        for next in blocks[(index + 1)...] {
            if case .list(ordered: true, _, _) = next.kind { break }
            if case .htmlBlock = next.kind { break }
            end = next.span.end.line
        }
        return first.span.start.line...max(first.span.start.line, end)
    }

    /// (rule, reason) of a suppression comment, or nil for any other block.
    static func parse(_ block: MarkdownNode) -> (String, String)? {
        guard case .htmlBlock = block.kind, let literal = block.literal else { return nil }
        var text = Substring(literal.trimmed)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        text = text.dropFirst(4).dropLast(3)
        let body = String(text).trimmed
        guard body.hasPrefix(keyword) else { return nil }
        let directive = body.dropFirst(keyword.count)
        guard directive.isEmpty || directive.first!.isWhitespace else { return nil }
        guard let colon = directive.firstIndex(of: ":") else { return (String(directive).trimmed, "") }
        return (String(directive[..<colon]).trimmed, String(directive[directive.index(after: colon)...]).trimmed)
    }
}
