import CourseMarkdown
import CourseMath

/// Fuzzes lesson Markdown: math protection (`$…$` kept whole through
/// emphasis parsing), the outline a check reads, the full tree, and HTML
/// rendering with the default raw-HTML allowlist (the sanitizer) and with
/// math typeset to MathML, as the targets render lesson bodies.
///
/// Beyond "never traps": the outline and the tree from one parse are those
/// of two separate parses, and the same tree renders the same HTML twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lineOffset = 4
    let outline = MarkdownParser.outline(text, lineOffset: lineOffset)
    let both = MarkdownParser.outlineAndTree(text, lineOffset: lineOffset)
    let tree = MarkdownParser.parse(text, lineOffset: lineOffset)
    guard outline.math == both.outline.math else { fatalError("outline and outlineAndTree disagree on math") }
    guard same(outline.document, both.outline.document) else { fatalError("outline and outlineAndTree disagree on the outline") }
    guard same(tree, both.tree) else { fatalError("parse and outlineAndTree disagree on the tree") }

    let typeset = MarkdownRenderOptions(allowedHTML: .default, headingAnchors: true, baseHeadingLevel: 2,
                                        mathTypesetter: { tex, display in try? TeXToMathML.convert(tex, display: display).get() })
    let first = MarkdownRenderer.render(tree, options: typeset)
    guard MarkdownRenderer.render(tree, options: typeset).html == first.html else { fatalError("rendering is not deterministic") }
    _ = MarkdownRenderer.render(text, options: MarkdownRenderOptions(headingAnchors: false))
    return 0
}

/// Whether two trees hold the same nodes (kind, literal, span), in order.
private func same(_ a: MarkdownNode, _ b: MarkdownNode) -> Bool {
    var pairs = [(a, b)]
    while let (x, y) = pairs.popLast() {
        guard x.kind == y.kind, x.literal == y.literal, x.span == y.span, x.children.count == y.children.count else {
            return false
        }
        pairs.append(contentsOf: zip(x.children, y.children))
    }
    return true
}
