import CCmarkGFM
import Foundation

/// Converts a finished cmark tree into `MarkdownNode` values in one linear,
/// iterative walk over first_child/next/parent pointers (no recursion, so
/// hostile nesting cannot overflow the stack while converting).
struct CmarkTreeConverter {
    /// Deeper nodes are flattened into their ancestor at this depth. Real lessons
    /// never come close; it bounds recursion in every later consumer of the tree
    /// (plainText, renderer, and Swift's own recursive release of nested arrays).
    static let maxDepth = 200

    /// Original source bytes (footnote labels are read back from here, since
    /// cmark 0.29.0.gfm.6 exposes no label getter).
    let source: UnsafeBufferPointer<UInt8>
    let lineOffset: Int
    let math: MathProtection?
    /// Only what `MarkdownOutline` describes: see `keeps(_:)`.
    let outlineOnly: Bool
    private var lines: LineTable?

    init(source: UnsafeBufferPointer<UInt8>, lineOffset: Int, math: MathProtection?, outlineOnly: Bool = false) {
        self.source = source
        self.lineOffset = lineOffset
        self.math = math
        self.outlineOnly = outlineOnly
    }

    private struct Frame {
        /// nil when the node is not kept: its children go to the nearest kept
        /// ancestor instead (too deep, or left out of an outline).
        var node: MarkdownNode?
        var cnode: OpaquePointer
        var isReference: Bool
        /// Where the node starts: cmark leaves some inline positions at 0,
        /// and those take their parent's start.
        var start: SourcePoint
        /// A text child may hold a math placeholder: only then is math restored.
        var hasMarkerText = false
    }

    mutating func convert(_ root: OpaquePointer) -> MarkdownNode {
        let rootNode = makeNode(root, parentStart: SourcePoint(line: 1 + lineOffset, column: 1))
        var stack = [Frame(node: rootNode, cnode: root, isReference: false, start: rootNode.span.start)]
        var targets = [0]  // indices of kept frames in `stack`
        // Kept links and images open: everything inside them is kept (their text).
        var openReferences = 0
        var next = cmark_node_first_child(root)
        while true {
            if let current = next {
                let parent = targets.last!
                let keep = !outlineOnly || openReferences > 0
                    || keeps(current, depth: targets.count, parent: stack[parent].node!.kind)
                let parentStart = stack[stack.count - 1].start
                let node = keep ? makeNode(current, parentStart: parentStart) : nil
                if let child = cmark_node_first_child(current) {
                    let kept = node != nil && targets.count < Self.maxDepth
                    let isReference = kept && Self.isReference(current)
                    let start = node?.span.start ?? span(of: current, parentStart: parentStart).start
                    stack.append(Frame(node: kept ? node : nil, cnode: current, isReference: isReference, start: start))
                    if kept { targets.append(stack.count - 1) }
                    if isReference { openReferences += 1 }
                    next = child
                } else {
                    if let node {
                        if math != nil, node.kind == .text, MathProtection.mayContainMarker(node.literal ?? "") {
                            stack[parent].hasMarkerText = true
                        }
                        stack[parent].node!.children.append(node)
                    }
                    next = cmark_node_next(current)
                }
            } else {
                if stack.count == 1 { break }
                let frame = stack.removeLast()
                if var node = frame.node {
                    targets.removeLast()
                    if frame.isReference { openReferences -= 1 }
                    if frame.hasMarkerText { restoreMath(in: &node) }
                    stack[targets.last!].node!.children.append(node)
                }
                next = cmark_node_next(frame.cnode)
            }
        }
        var document = stack[0].node!
        if stack[0].hasMarkerText { restoreMath(in: &document) }
        return document
    }

    private static func isReference(_ n: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(n)
        return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
    }

    /// What an outline keeps: top-level blocks, the items of top-level lists
    /// (a question's extent), links and images with their text, raw HTML.
    /// Paragraph text and inline formatting are left out, which is most of
    /// the nodes of a lesson.
    private func keeps(_ n: OpaquePointer, depth: Int, parent: MarkdownNode.Kind) -> Bool {
        if depth == 1 { return true }
        switch cmark_node_get_type(n) {
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            return true
        case CMARK_NODE_ITEM:
            if depth == 2, case .list = parent { return true }
            return false
        default:
            return false
        }
    }

    private func restoreMath(in node: inout MarkdownNode) {
        guard let math else { return }
        node.children = MathRestorer(protection: math, lineOffset: lineOffset).restore(node.children)
    }

    private mutating func makeNode(_ n: OpaquePointer, parentStart: SourcePoint) -> MarkdownNode {
        var span = self.span(of: n, parentStart: parentStart)
        var literal: String?
        let kind: MarkdownNode.Kind
        switch cmark_node_get_type(n) {
        case CMARK_NODE_TEXT: kind = .text; literal = string(cmark_node_get_literal(n))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code; literal = unmasked(cmark_node_get_literal(n))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline; literal = unmasked(cmark_node_get_literal(n))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK:
            kind = .link(url: unmasked(cmark_node_get_url(n)), title: unmasked(cmark_node_get_title(n)))
        case CMARK_NODE_IMAGE:
            kind = .image(url: unmasked(cmark_node_get_url(n)), title: unmasked(cmark_node_get_title(n)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: kind = .footnoteReference(label: referenceLabel(span.start))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(n)))
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(ordered: cmark_node_get_list_type(n) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(n)),
                         tight: cmark_node_get_list_tight(n) != 0)
        case CMARK_NODE_ITEM:
            // The tasklist extension keeps the ITEM type and only renames it.
            if let name = cmark_node_get_type_string(n), strcmp(name, "tasklist") == 0 {
                kind = .taskItem(checked: cmark_gfm_extensions_get_tasklist_item_checked(n))
            } else {
                kind = .item
            }
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: unmasked(cmark_node_get_fence_info(n)))
            literal = unmasked(cmark_node_get_literal(n))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock; literal = unmasked(cmark_node_get_literal(n))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            kind = .footnoteDefinition(label: definitionLabel(span.start))
        default:
            kind = extensionKind(n)
        }
        if case .document = kind { span.start = SourcePoint(line: 1 + lineOffset, column: 1) }
        return MarkdownNode(kind: kind, literal: literal, span: span)
    }

    /// Extension node types have dynamic ids, so they are told apart by name.
    private func extensionKind(_ n: OpaquePointer) -> MarkdownNode.Kind {
        let name = string(cmark_node_get_type_string(n))
        switch name {
        case "table": return .table
        case "table_header": return .tableRow(header: true)
        case "table_row": return .tableRow(header: false)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .other(name)
        }
    }

    private func span(of n: OpaquePointer, parentStart: SourcePoint) -> SourceSpan {
        let startLine = Int(cmark_node_get_start_line(n))
        // cmark leaves some inline positions at 0; the parent's start is the best we know.
        guard startLine > 0 else { return SourceSpan(start: parentStart, end: parentStart) }
        let start = SourcePoint(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(n)))
        let endLine = Int(cmark_node_get_end_line(n))
        guard endLine > 0 else { return SourceSpan(start: start, end: start) }
        return SourceSpan(start: start,
                          end: SourcePoint(line: endLine + lineOffset, column: Int(cmark_node_get_end_column(n))))
    }

    private func string(_ p: UnsafePointer<CChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    private func unmasked(_ p: UnsafePointer<CChar>?) -> String {
        let s = string(p)
        return math?.unmask(s) ?? s
    }

    // MARK: Footnote labels

    /// `[^label]` at the reference's own position.
    private mutating func referenceLabel(_ start: SourcePoint) -> String {
        let table = lineTable()
        let line = start.line - lineOffset - 1
        guard line >= 0, line < table.count else { return "" }
        return label(from: table.start(line) + start.column - 1, to: table.contentEnd(line)) ?? ""
    }

    /// cmark places a definition at its content, after `[^label]:`, so the label
    /// is the last `[^…]:` before that column on its first line.
    private mutating func definitionLabel(_ start: SourcePoint) -> String {
        let table = lineTable()
        let line = start.line - lineOffset - 1
        guard line >= 0, line < table.count else { return "" }
        let lineStart = table.start(line)
        let limit = min(lineStart + max(start.column - 1, 0), table.contentEnd(line))
        var found: String?
        var i = lineStart
        while i < limit {
            if source[i] == UInt8(ascii: "["), let l = label(from: i, to: table.contentEnd(line)) {
                found = l
            }
            i += 1
        }
        return found ?? ""
    }

    private func label(from i: Int, to end: Int) -> String? {
        guard i + 2 < end, source[i] == UInt8(ascii: "["), source[i + 1] == UInt8(ascii: "^") else { return nil }
        var j = i + 2
        while j < end, source[j] != UInt8(ascii: "]") { j += 1 }
        guard j < end else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: source[(i + 2)..<j]), as: UTF8.self)
    }

    private mutating func lineTable() -> LineTable {
        if let lines { return lines }
        let table = LineTable(source)
        lines = table
        return table
    }
}
