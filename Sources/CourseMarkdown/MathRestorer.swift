import CourseText
/// Turns math placeholders (see `MathProtection`) inside one container's
/// children back into `.math` nodes.
///
/// A placeholder's first segment sits inside a text node; for multi-line
/// display math each further line shows up as a soft break followed by a text
/// node starting with that line's filler, which is consumed here. If the tree
/// does not look as expected (cmark built a different structure around the
/// placeholder) the math node is still emitted with its full TeX and the
/// unexpected sibling is kept as is.
struct MathRestorer {
    let protection: MathProtection
    let lineOffset: Int

    func restore(_ children: [MarkdownNode]) -> [MarkdownNode] {
        guard children.contains(where: needsWork) else { return children }
        var out: [MarkdownNode] = []
        out.reserveCapacity(children.count + 2)
        // Remaining continuation lines of the last emitted multi-line math.
        var pending: ArraySlice<Int> = []
        for var child in children {
            if !pending.isEmpty {
                if child.kind == .softBreak { continue }
                if child.kind == .text, let literal = child.literal {
                    let bytes = Array(literal.utf8)
                    let length = pending.first!
                    if bytes.count >= length, bytes[..<length].allSatisfy({ $0 == MathProtection.filler }) {
                        pending = pending.dropFirst()
                        if bytes.count == length { continue }
                        child.literal = String(decoding: bytes[length...], as: UTF8.self)
                    } else {
                        pending = []
                    }
                } else {
                    pending = []
                }
            }
            if child.kind == .text, let literal = child.literal, MathProtection.mayContainMarker(literal) {
                split(child, literal: literal, into: &out, pending: &pending)
            } else {
                out.append(child)
            }
        }
        return out
    }

    private func needsWork(_ node: MarkdownNode) -> Bool {
        node.kind == .text && MathProtection.mayContainMarker(node.literal ?? "")
    }

    private func split(_ node: MarkdownNode, literal: String, into out: inout [MarkdownNode],
                       pending: inout ArraySlice<Int>) {
        let bytes = Array(literal.utf8)
        var textStart = 0
        var spanStart = node.span.start
        var q = 0
        while true {
            // Markers start with a non-ASCII byte: skip prose eight bytes at a time.
            q = bytes.withUnsafeBufferPointer { ByteSearch.firstNonASCII(in: $0, from: q) }
            guard q < bytes.count else { break }
            guard let index = protection.marker(in: bytes, at: q) else {
                q += 1
                continue
            }
            let math = protection.spans[index]
            let start = SourcePoint(line: math.start.line + lineOffset, column: math.start.column)
            let end = SourcePoint(line: math.end.line + lineOffset, column: math.end.column)
            if q > textStart {
                let before = SourcePoint(line: start.line, column: max(start.column - 1, 1))
                out.append(MarkdownNode(kind: .text, literal: String(decoding: bytes[textStart..<q], as: UTF8.self),
                                        span: SourceSpan(start: spanStart, end: before)))
            }
            out.append(MarkdownNode(kind: .math(display: math.display), literal: math.tex,
                                    span: SourceSpan(start: start, end: end)))
            q += math.segmentLengths[0]
            textStart = q
            spanStart = SourcePoint(line: end.line, column: end.column + 1)
            pending = math.segmentLengths.dropFirst()
        }
        if textStart == 0 {
            out.append(node)
        } else if textStart < bytes.count {
            out.append(MarkdownNode(kind: .text, literal: String(decoding: bytes[textStart...], as: UTF8.self),
                                    span: SourceSpan(start: spanStart, end: node.span.end)))
        }
    }
}
