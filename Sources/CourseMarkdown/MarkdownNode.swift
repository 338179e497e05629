/// A Markdown syntax tree node, converted from cmark-gfm into plain Swift
/// values so callers never touch C pointers and the tree can cross threads.
public struct MarkdownNode: Sendable {
    public enum Kind: Sendable, Equatable {
        // Blocks
        case document, paragraph, heading(level: Int), blockQuote, thematicBreak
        case list(ordered: Bool, start: Int, tight: Bool), item, taskItem(checked: Bool)
        case codeBlock(info: String), htmlBlock, table, tableRow(header: Bool), tableCell
        case footnoteDefinition(label: String)
        // Inlines
        case text, code, emphasis, strong, strikethrough
        case link(url: String, title: String), image(url: String, title: String)
        case htmlInline, softBreak, lineBreak, footnoteReference(label: String)
        /// `$…$` (inline) or `$$…$$` (display) TeX; the TeX without delimiters
        /// is in `literal`. Produced by the math protection pre-pass, never by cmark.
        case math(display: Bool)
        /// A node type this wrapper does not model (type string from cmark).
        case other(String)
    }

    public var kind: Kind
    /// Content of leaf nodes: text, code, codeBlock, htmlBlock, htmlInline, math.
    public var literal: String?
    public var span: SourceSpan
    public var children: [MarkdownNode]

    public init(kind: Kind, literal: String? = nil, span: SourceSpan, children: [MarkdownNode] = []) {
        self.kind = kind
        self.literal = literal
        self.span = span
        self.children = children
    }

    /// Concatenated text of the subtree (text, code and math literals); soft and
    /// hard line breaks count as one space. Used for heading slugs, alt text and
    /// quiz option labels.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        switch kind {
        case .text, .code, .math:
            out += literal ?? ""
        case .softBreak, .lineBreak:
            out += " "
        default:
            // The converter caps tree depth (see CmarkTreeConverter), so this
            // recursion is bounded.
            for child in children { child.appendPlainText(to: &out) }
        }
    }
}
