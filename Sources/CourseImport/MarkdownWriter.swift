/// Writes Markdown that coursec renders back to a given piece of HTML: the
/// inverse of the Markdown renderer on the HTML it produces (paragraphs,
/// emphasis, code, links, images, line breaks, GFM tables and lists), so a
/// question imported from the platform's CSV exports to the same cell.
/// Other inline elements (`<sub>`, `<sup>`…) are kept as inline HTML, which
/// the renderer passes through its allowlist as it did before.
enum MarkdownWriter {
    static let blockElements: Set<String> = ["p", "table", "ul", "ol", "blockquote", "pre", "hr", "div",
                                             "h1", "h2", "h3", "h4", "h5", "h6"]

    /// The Markdown of an HTML fragment: blocks separated by blank lines.
    static func markdown(_ nodes: [HTMLFragment]) -> String {
        blocks(nodes).joined(separator: "\n\n")
    }

    /// One Markdown text per block; inline runs outside any block are paragraphs.
    static func blocks(_ nodes: [HTMLFragment]) -> [String] {
        var result: [String] = []
        var run: [HTMLFragment] = []
        func flush() {
            let text = paragraph(run)
            if !text.isEmpty { result.append(text) }
            run = []
        }
        for node in nodes {
            guard let name = node.name, blockElements.contains(name) else {
                // Whitespace between blocks is not text.
                if case .text(let t) = node, t.allSatisfy(\.isWhitespace), run.isEmpty { continue }
                run.append(node)
                continue
            }
            flush()
            if let block = block(node) { result.append(block) }
        }
        flush()
        return result
    }

    private static func paragraph(_ nodes: [HTMLFragment]) -> String {
        inline(nodes).trimmingSpaces()
    }

    private static func block(_ node: HTMLFragment) -> String? {
        switch node.name ?? "" {
        case "p", "div": return paragraph(node.children)
        case "hr": return "***"
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(node.name!.dropFirst())) ?? 1
            return String(repeating: "#", count: level) + " " + paragraph(node.children)
        case "blockquote":
            return markdown(node.children).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case "pre":
            let code = node.children.first { $0.name == "code" } ?? node
            let language = code.attribute("class").flatMap { $0.hasPrefix("language-") ? String($0.dropFirst(9)) : nil } ?? ""
            var text = code.children.map(\.plainText).joined()
            if text.hasSuffix("\n") { text.removeLast() }
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
            return fence + language + "\n" + text + "\n" + fence
        case "ul", "ol": return list(node)
        case "table": return table(node)
        default: return paragraph(node.children)
        }
    }

    private static func list(_ node: HTMLFragment) -> String {
        let ordered = node.name == "ol"
        var number = Int(node.attribute("start") ?? "") ?? 1
        let items = node.children.filter { $0.name == "li" }
        let loose = items.contains { $0.children.contains { $0.name == "p" } }
        var lines: [String] = []
        for item in items {
            let marker = ordered ? "\(number). " : "- "
            number += 1
            let body = markdown(item.children)
            let indent = String(repeating: " ", count: marker.count)
            let text = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? marker + $0.element : ($0.element.isEmpty ? "" : indent + $0.element) }
                .joined(separator: "\n")
            lines.append(text)
        }
        return lines.joined(separator: loose ? "\n\n" : "\n")
    }

    private static func table(_ node: HTMLFragment) -> String {
        var rows: [[HTMLFragment]] = []
        func collect(_ n: HTMLFragment) {
            for child in n.children {
                if child.name == "tr" { rows.append(child.children.filter { $0.name == "th" || $0.name == "td" }) }
                else if child.name == "thead" || child.name == "tbody" { collect(child) }
            }
        }
        collect(node)
        guard let header = rows.first else { return "" }
        func line(_ cells: [HTMLFragment]) -> String {
            "| " + cells.map { inline($0.children).trimmingSpaces() }.joined(separator: " | ") + " |"
        }
        let delimiter = "| " + header.map { cell -> String in
            switch cell.attribute("align") {
            case "center": ":-:"
            case "right": "--:"
            case "left": ":--"
            default: "---"
            }
        }.joined(separator: " | ") + " |"
        return ([line(header), delimiter] + rows.dropFirst().map(line)).joined(separator: "\n")
    }

    /// Inline Markdown for inline HTML.
    static func inline(_ nodes: [HTMLFragment]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(var text):
                // The renderer writes a line break after `<br />`: the break is the tag.
                if out.hasSuffix("\\\n"), text.hasPrefix("\n") { text.removeFirst() }
                // A line break in text is a soft break; what follows starts a line.
                out += text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                    escape(String(line), atLineStart: index > 0 || out.isEmpty || out.hasSuffix("\n"))
                }.joined(separator: "\n")
            case .element(let name, let attributes, let children):
                switch name {
                case "em", "i": out += "*" + inline(children) + "*"
                case "strong", "b": out += "**" + inline(children) + "**"
                case "del", "s": out += "~~" + inline(children) + "~~"
                case "br": out += "\\\n"
                case "code":
                    let text = children.map(\.plainText).joined()
                    let fence = String(repeating: "`", count: longestRun(of: "`", in: text) + 1)
                    let pad = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.allSatisfy { $0 == " " })
                    out += fence + (pad ? " " : "") + text + (pad ? " " : "") + fence
                case "a" where node.attribute("href") != nil:
                    out += "[" + inline(children) + "](" + destination(node.attribute("href")!) + title(node.attribute("title")) + ")"
                case "img":
                    out += "![" + escape(node.attribute("alt") ?? "", atLineStart: false) + "]("
                        + destination(node.attribute("src") ?? "") + title(node.attribute("title")) + ")"
                case "span" where attributes.isEmpty:
                    out += inline(children)
                default:
                    // Kept as inline HTML, as the author wrote it.
                    let attributeText = attributes.map { " \($0.name)=\"\(escapeAttribute($0.value))\"" }.joined()
                    out += "<\(name)\(attributeText)>"
                    if !HTMLFragment.void.contains(name) { out += inline(children) + "</\(name)>" }
                }
            }
        }
        return out
    }

    private static func destination(_ url: String) -> String {
        if url.isEmpty || url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + url.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>") + ">"
        }
        return url.replacingOccurrences(of: "\\", with: "\\\\")
    }

    private static func title(_ title: String?) -> String {
        guard let title, !title.isEmpty else { return "" }
        return " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func escapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// Characters that are Markdown syntax anywhere in a line.
    static let inlineSyntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "$", "~", "|"]

    /// Text as Markdown that reads back as exactly this text.
    static func escape(_ text: String, atLineStart: Bool) -> String {
        var out = ""
        let chars = Array(text)
        for (index, c) in chars.enumerated() {
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if inlineSyntax.contains(c) {
                out += "\\" + String(c)
            } else if c == "&", let next, next.isLetter || next == "#" {
                out += "\\&" // `&amp;` written as text, not a character reference
            } else if c == ":", next == "/", index >= 4, String(chars[(index - 4)..<index]).lowercased().hasSuffix("http")
                        || (c == ":" && next == "/" && index >= 5 && String(chars[(index - 5)..<index]).lowercased() == "https") {
                out += "\\:" // not a GFM autolink
            } else if c == ".", index >= 3, String(chars[(index - 3)..<index]).lowercased() == "www" {
                out += "\\."
            } else {
                out.append(c)
            }
        }
        return atLineStart ? escapeLineStart(out) : out
    }

    /// A paragraph's first characters must not open another block: a list
    /// item, a heading, a block quote, a thematic break, a code block.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#+-=>".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true {
                return String(digits) + "\\" + rest
            }
        }
        if text.hasPrefix("    ") || text.hasPrefix("\t") { return "&#32;" + text.dropFirst() }
        return text
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and line breaks.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\n" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
