import CourseText
/// Recognises text that Markdown would render as itself: one line of words
/// with no character that could start markup, an entity or math.
///
/// Most question choices and explanations are like that (`Opción 2: 3/4 del
/// total`), and sending each of them through cmark costs more than
/// everything else done with them: the question CSVs and the quiz pages
/// take this shortcut. For such text Markdown gives one paragraph holding
/// the text with its surrounding spaces trimmed; tests compare the shortcut
/// with the full path, cell by cell and page by page.
public enum PlainInline {
    /// The text, trimmed, or nil when it needs the Markdown renderer.
    public static func text(of markdown: String) -> String? {
        var utf8 = markdown.utf8[...]
        var indent = 0
        while let first = utf8.first, first == 0x20 {
            utf8 = utf8.dropFirst()
            indent += 1
        }
        while let last = utf8.last, last == 0x20 { utf8 = utf8.dropLast() }
        // Four spaces make an indented code block.
        guard indent < 4, !utf8.isEmpty, !startsBlock(utf8) else { return nil }
        var previous: UInt8 = 0
        for byte in utf8 {
            if special[Int(byte)] { return nil }
            // `://` and `www.` start GFM autolinks (checked loosely: `w.` is enough to decline).
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: ":") { return nil }
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "w") { return nil }
            previous = byte
        }
        return String(utf8)
    }

    /// Whether the line opens a block other than a paragraph: a list item
    /// (`- `, `+ `, `1. `, `2) `), a heading, a thematic break (`---`).
    private static func startsBlock(_ line: Substring.UTF8View.SubSequence) -> Bool {
        guard let first = line.first else { return false }
        let second = line.dropFirst().first
        let followedBySpace = second == nil || second == 0x20
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            if followedBySpace { return true }
            // `---`, `===`, `- - -`: thematic breaks and setext underlines.
            return line.allSatisfy { $0 == first || $0 == 0x20 }
        case UInt8(ascii: "#"):
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = line.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            let rest = line.dropFirst(digits.count)
            guard digits.count <= 9, let marker = rest.first,
                  marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")") else { return false }
            let after = rest.dropFirst().first
            return after == nil || after == 0x20
        default:
            return false
        }
    }

    /// Bytes that may start Markdown inline syntax, an HTML entity or tag,
    /// math, a table cell, a line break; and every control character.
    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in 0..<0x20 { table[byte] = true }
        table[0x7F] = true
        for character in "\\`*_[]<>&!$|~@" { table[Int(character.asciiValue!)] = true }
        return table
    }()

    /// The HTML the renderer makes of such text (`<p>…</p>` and a newline),
    /// or nil when the text needs the renderer.
    public static func paragraphHTML(of markdown: String) -> String? {
        guard let text = text(of: markdown) else { return nil }
        var html = "<p>"
        MarkupEscaping.escape(text, into: &html)
        html += "</p>\n"
        return html
    }
}
