/// The text a reader sees of a piece of Markdown, without markup: what
/// question CSV cells that take plain text, checks and reports read.
///
/// It follows the page renderer's rules, so plain text never shows what a
/// page would not: raw HTML is reduced by the same sanitizer (with no
/// allowlist, raw HTML blocks show nothing and inline tags disappear while
/// the text between them stays), `<script>` and the like lose their content,
/// images become their alt text, math becomes what `math` makes of it.
/// Paragraphs, list items and hard breaks become line breaks; soft breaks
/// become spaces.
public enum MarkdownPlainText {
    /// Readable text for one TeX expression, or nil when there is none
    /// (the caller reports it; the text keeps the TeX between dollars).
    public typealias MathReader = @Sendable (_ tex: String, _ display: Bool) -> String?

    public struct Result: Sendable, Equatable {
        public var text: String
        /// TeX that `math` could not read, in order.
        public var unreadableMath: [String]
    }

    public static func text(of markdown: String, allowlist: HTMLAllowlist = .none, math: @escaping MathReader) -> Result {
        if let plain = PlainInline.text(of: markdown) { return Result(text: plain, unreadableMath: []) }
        var writer = Writer(allowlist: allowlist, math: math)
        writer.block(MarkdownParser.parse(markdown))
        return Result(text: writer.finish(), unreadableMath: writer.unreadable)
    }

    private struct Writer {
        let allowlist: HTMLAllowlist
        let math: MathReader
        var out = ""
        var unreadable: [String] = []

        mutating func finish() -> String {
            // Lines trimmed, empty ones dropped, runs of spaces collapsed.
            var lines: [String] = []
            for line in out.split(separator: "\n", omittingEmptySubsequences: true) {
                var collapsed = ""
                var space = false
                for character in line {
                    if character == " " || character == "\t" {
                        space = !collapsed.isEmpty
                    } else {
                        if space { collapsed.append(" ") }
                        space = false
                        collapsed.append(character)
                    }
                }
                if !collapsed.isEmpty { lines.append(collapsed) }
            }
            return lines.joined(separator: "\n")
        }

        mutating func block(_ node: MarkdownNode) {
            switch node.kind {
            case .paragraph, .heading, .tableCell:
                inlines(node.children)
                out += node.kind == .tableCell ? " " : "\n"
            case .codeBlock:
                out += (node.literal ?? "") + "\n"
            case .htmlBlock:
                out += textOfHTML(node.literal ?? "") + "\n"
            case .thematicBreak:
                out += "\n"
            case .tableRow:
                for child in node.children { block(child) }
                out += "\n"
            case .math:
                inline(node)
                out += "\n"
            default:
                for child in node.children { block(child) }
            }
        }

        mutating func inlines(_ nodes: [MarkdownNode]) {
            // As the page renderer does: the content of <script>, <style>…
            // written as inline tags is code, not prose.
            var skipping: String?
            for node in nodes {
                if let name = skipping {
                    if node.kind == .htmlInline, HTMLSanitizer.endTagName(node.literal ?? "") == name { skipping = nil }
                    continue
                }
                if node.kind == .htmlInline, let name = HTMLSanitizer.contentDroppingStartTag(node.literal ?? "") {
                    skipping = name
                    continue
                }
                inline(node)
            }
        }

        mutating func inline(_ node: MarkdownNode) {
            switch node.kind {
            case .text, .code:
                out += node.literal ?? ""
            case .softBreak:
                out += " "
            case .lineBreak:
                out += "\n"
            case .htmlInline:
                out += textOfHTML(node.literal ?? "")
            case .image:
                out += node.plainText
            case .math(let display):
                let tex = node.literal ?? ""
                if let text = math(tex, display) {
                    out += text
                } else {
                    unreadable.append(tex)
                    out += (display ? "$$" : "$") + tex + (display ? "$$" : "$")
                }
            case .footnoteReference:
                break
            default:
                inlines(node.children)
            }
        }

        /// What the page shows of raw HTML: nothing without an allowlist,
        /// else the text the sanitizer keeps.
        func textOfHTML(_ html: String) -> String {
            guard !allowlist.elements.isEmpty else { return "" }
            var tokenizer = HTMLTokenizer(HTMLSanitizer.sanitize(html, allowlist: allowlist))
            var text = ""
            while let token = tokenizer.next() {
                if case .text(let piece) = token { text += HTMLEntities.decode(piece) }
            }
            return text
        }
    }
}
