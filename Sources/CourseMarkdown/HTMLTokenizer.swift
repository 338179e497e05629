/// Splits an HTML fragment into tokens for `HTMLSanitizer`, following the
/// HTML5 tokenizer's shapes closely enough that what we call a tag is what a
/// browser calls a tag (letters start a tag name; `/` and whitespace separate
/// attributes; the first duplicate attribute wins; unterminated tags are text).
public struct HTMLTokenizer {
    public enum Token {
        case text(String)
        case startTag(name: String, attributes: [(String, String)], selfClosing: Bool)
        case endTag(name: String)
        case comment
    }

    private let b: [UInt8]
    private var i = 0

    public init(_ html: String) { b = Array(html.utf8) }

    public mutating func next() -> Token? {
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "<"), let token = markup() { return token }
        // Text up to the next `<` (a lone `<` that starts no markup is text too).
        let start = i
        i += 1
        while i < b.count, b[i] != UInt8(ascii: "<") { i += 1 }
        return .text(string(start..<i))
    }

    /// Tag or comment at `i` (which is `<`), or nil (leaving `i`) when it is text.
    private mutating func markup() -> Token? {
        let start = i
        guard i + 1 < b.count else { return nil }
        let c = b[i + 1]
        if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
            let isComment = i + 3 < b.count && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-")
            i = isComment ? find("-->", from: i + 4).map { $0 + 3 } ?? b.count
                          : find(">", from: i + 2).map { $0 + 1 } ?? b.count
            return .comment
        }
        let isEnd = c == UInt8(ascii: "/")
        var j = isEnd ? i + 2 : i + 1
        guard j < b.count, b[j].isASCIILetter else { return nil }
        let nameStart = j
        while j < b.count, !b[j].isTagSeparator { j += 1 }
        let name = string(nameStart..<j).lowercased()
        var attributes: [(String, String)] = []
        var selfClosing = false
        while true {
            while j < b.count, b[j].isHTMLSpace || b[j] == UInt8(ascii: "/") {
                selfClosing = b[j] == UInt8(ascii: "/")
                j += 1
            }
            guard j < b.count else {
                i = start
                return nil
            }
            if b[j] == UInt8(ascii: ">") {
                i = j + 1
                return isEnd ? .endTag(name: name) : .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
            }
            selfClosing = false
            let attrStart = j
            j += 1  // a leading `=` belongs to the name, as in HTML5
            while j < b.count, !b[j].isTagSeparator, b[j] != UInt8(ascii: "=") { j += 1 }
            let attrName = string(attrStart..<j).lowercased()
            var value = ""
            var k = j
            while k < b.count, b[k].isHTMLSpace { k += 1 }
            if k < b.count, b[k] == UInt8(ascii: "=") {
                k += 1
                while k < b.count, b[k].isHTMLSpace { k += 1 }
                if k < b.count, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                    let quote = b[k]
                    guard let close = find(quote, from: k + 1) else {
                        i = start
                        return nil
                    }
                    value = string((k + 1)..<close)
                    j = close + 1
                } else {
                    let valueStart = k
                    while k < b.count, !b[k].isHTMLSpace, b[k] != UInt8(ascii: ">") { k += 1 }
                    value = string(valueStart..<k)
                    j = k
                }
            }
            if !attributes.contains(where: { $0.0 == attrName }) { attributes.append((attrName, value)) }
        }
    }

    private func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        var p = from
        while p + n.count <= b.count {
            if b[p] == n[0], Array(b[p..<(p + n.count)]) == n { return p }
            p += 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from: Int) -> Int? {
        var p = from
        while p < b.count {
            if b[p] == byte { return p }
            p += 1
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: b[range], as: UTF8.self)
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isHTMLSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D }
    var isTagSeparator: Bool { isHTMLSpace || self == UInt8(ascii: "/") || self == UInt8(ascii: ">") }
}
