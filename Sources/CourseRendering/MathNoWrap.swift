#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var html = html
        return html.withUTF8 { wrap(bytes: $0) } ?? html
    }

    /// nil when there is nothing to wrap. A page is thousands of tags and a
    /// handful of formulas: memchr jumps from `<` to `<`, and only a tag
    /// that starts like a formula's is compared in full.
    private static func wrap(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var out: [UInt8] = []
        var copied = 0  // bytes[..<copied] are in `out`
        var index = 0
        while index < bytes.count, let hit = memchr(base + index, 0x3C, bytes.count - index) {
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "s") || bytes[index + 1] == UInt8(ascii: "m"),
                  let end = formulaEnd(bytes, at: index) else {
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
            if out.isEmpty { out.reserveCapacity(bytes.count + 256) }
            out += bytes[copied..<start]
            out += wrapperOpen
            out += bytes[start..<after]
            out += wrapperClose
            copied = after
            index = after
        }
        if copied == 0 { return nil }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the inline formula starting at `index` ends, or nil.
    private static func formulaEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if starts(bytes, at: index, with: katexOpen) {
            return find(katexClose, in: bytes, from: index + katexOpen.count, to: bytes.count).map { $0 + katexClose.count }
        }
        guard starts(bytes, at: index, with: mathMLOpen), index + mathMLOpen.count < bytes.count,
              bytes[index + mathMLOpen.count] == 0x20 || bytes[index + mathMLOpen.count] == 0x3E else { return nil }
        guard let tagEnd = bytes[index...].firstIndex(of: 0x3E) else { return nil }
        if find(displayBlock, in: bytes, from: index, to: tagEnd) != nil { return nil }
        return find(mathMLClose, in: bytes, from: tagEnd, to: bytes.count).map { $0 + mathMLClose.count }
    }

    /// Text that stays with a formula: anything but white space and the tag bracket met going that way.
    private static func isText(_ byte: UInt8, stop: UInt8) -> Bool {
        byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D && byte != 0x0C && byte != stop
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for k in prefix.indices where bytes[index + k] != prefix[k] { return false }
        return true
    }

    /// The first `needle` starting in `start..<end` (and ending by `end`
    /// for the whole text), or nil.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var index = start
        while index <= end - needle.count {
            if bytes[index] == needle[0], starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
