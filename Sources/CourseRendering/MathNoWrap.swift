/// Keeps inline formulas whole on a narrow screen. A browser may break a
/// line inside KaTeX's output (between the boxes of `(a+b)(a−b)`) and
/// between a formula and the text that touches it (`(` then the formula);
/// on a phone, both happen. Each inline formula of rendered HTML, KaTeX's
/// `<span class="math math-inline">…</span>` or build-time MathML
/// `<math>…</math>` (not `display="block"`), is wrapped together with the
/// characters that touch it on either side (punctuation, a word: everything
/// up to a space or a tag) in `<span class="math-nowrap">`, which
/// `coursec.css` keeps on one line (`white-space: nowrap`).
///
/// The HTML is the renderer's own output: text is escaped (`<` and `>`
/// never appear in it), and neither kind of formula contains its own end
/// tag, so a byte scan finds them exactly.
enum MathNoWrap {
    static let katexOpen = Array(#"<span class="math math-inline">"#.utf8)
    static let katexClose = Array("</span>".utf8)
    static let mathMLOpen = Array("<math".utf8)
    static let mathMLClose = Array("</math>".utf8)
    static let displayBlock = Array(#"display="block""#.utf8)
    static let wrapperOpen = Array(#"<span class="math-nowrap">"#.utf8)
    static let wrapperClose = Array("</span>".utf8)

    /// `html` with its inline formulas and the text touching them wrapped.
    static func wrap(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var copied = 0  // bytes[..<copied] are in `out`
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x3C, let end = formulaEnd(bytes, at: index) else {
                index += 1
                continue
            }
            var start = index
            while start > copied, isText(bytes[start - 1], stop: 0x3E) { start -= 1 }
            var after = end
            while after < bytes.count, isText(bytes[after], stop: 0x3C) { after += 1 }
            if start == index, after == end {
                index = end
                continue
            }
            out += bytes[copied..<start]
            out += wrapperOpen
            out += bytes[start..<after]
            out += wrapperClose
            copied = after
            index = after
        }
        if copied == 0 { return html }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the inline formula starting at `index` ends, or nil.
    private static func formulaEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        if starts(bytes, at: index, with: katexOpen) {
            return find(katexClose, in: bytes, from: index + katexOpen.count).map { $0 + katexClose.count }
        }
        guard starts(bytes, at: index, with: mathMLOpen), index + mathMLOpen.count < bytes.count,
              bytes[index + mathMLOpen.count] == 0x20 || bytes[index + mathMLOpen.count] == 0x3E else { return nil }
        guard let tagEnd = bytes[index...].firstIndex(of: 0x3E) else { return nil }
        if find(displayBlock, in: Array(bytes[index..<tagEnd]), from: 0) != nil { return nil }
        return find(mathMLClose, in: bytes, from: tagEnd).map { $0 + mathMLClose.count }
    }

    /// Text that stays with a formula: anything but white space and the tag bracket met going that way.
    private static func isText(_ byte: UInt8, stop: UInt8) -> Bool {
        byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D && byte != 0x0C && byte != stop
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
