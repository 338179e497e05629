/// Reaction arrows and the conditions written over and under them.
extension ChemParser {
    /// The arrow spelled at the cursor, longest spelling first.
    func matchArrow() -> (length: Int, text: String)? {
        let first = cursor.peek()
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "<") else { return nil }
        for arrow in ChemNodes.arrows where cursor.peekIs(arrow.spelling) {
            return (arrow.spelling.utf8CodeUnitCount, arrow.text)
        }
        return nil
    }

    /// A run of arrow characters that is no arrow (`-->`, `<--`, `->>`):
    /// mhchem would read an arrow and an operator, never what was meant.
    func refuseUnknownArrow() throws(TeXError) {
        let arrowCharacters: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: ">")]
        var length = 0
        while arrowCharacters.contains(cursor.peek(length)) { length += 1 }
        guard length >= 2, matchArrow()?.length != length else { return }
        let spelling = String(decoding: cursor.bytes[cursor.position..<(cursor.position + length)], as: UTF8.self)
        throw TeXError(offset: cursor.position, length: length,
                       message: "unknown arrow \(spelling) in \(cursor.command) (arrows are -> <- <-> <--> <=> <=>> <<=>)")
    }

    /// `->`, `->[above]`, `->[above][below]`. mhchem reads each condition as
    /// a `\ce` of its own, or as text when it is braced: `->[{heat}]`.
    mutating func parseArrow(_ arrow: (length: Int, text: String)) throws(TeXError) {
        guard allowsArrows else {
            throw TeXError(offset: cursor.position, length: arrow.length,
                           message: "an arrow's condition cannot hold another arrow")
        }
        cursor.position += arrow.length
        let above = try readCondition()
        let below = above == nil ? nil : try readCondition()
        nodes.append(ChemNodes.arrow(arrow.text, above: above, below: below))
    }

    /// One `[…]` right after the arrow (or after its first condition); nil
    /// when none follows or it is empty.
    private mutating func readCondition() throws(TeXError) -> [MathNode]? {
        guard cursor.peek() == UInt8(ascii: "[") else { return nil }
        let open = cursor.position
        guard let close = cursor.closing(from: open), cursor.bytes[close] == UInt8(ascii: "]") else {
            throw TeXError(offset: open, length: 1, message: "missing ] after an arrow's condition")
        }
        cursor.position = close + 1
        var inner = ChemCursor(bytes: cursor.bytes, position: open + 1, end: close, command: cursor.command)
        _ = inner.skipSpaces()
        if inner.atEnd { return nil }
        if inner.peek() == UInt8(ascii: "{"), let end = inner.closing(from: inner.position), end == lastNonSpace(before: close) {
            return [try Self.text(inner.bytes, from: inner.position + 1, to: end)]
        }
        var condition = ChemParser(cursor: inner, allowsArrows: false, displayStyle: false)
        return try condition.parse()
    }

    private func lastNonSpace(before end: Int) -> Int {
        var index = end - 1
        while index > cursor.position, cursor.bytes[index].isTeXSpace { index -= 1 }
        return index
    }

    /// mhchem's `{text}`: words, spaces collapsed; TeX's special characters are refused.
    static func text(_ bytes: [UInt8], from start: Int, to end: Int) throws(TeXError) -> MathNode {
        var text = TextBuilder()
        var index = start
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "$"), UInt8(ascii: "&"),
                 UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "%"):
                throw TeXError(offset: index, length: 1,
                               message: "\(Character(UnicodeScalar(byte))) is not allowed in a condition's text")
            case _ where byte.isTeXSpace:
                text.space()
                index += 1
            default:
                let (scalar, width) = TeXLexer.decode(bytes, at: index)
                text.append(scalar)
                index += width
            }
        }
        return .token("mtext", text.finish().trimmingNoBreakSpaces())
    }
}

private extension String {
    /// `TextBuilder` keeps spaces at the ends of `\text{ … }`; a condition's text has none.
    func trimmingNoBreakSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while scalars.first == "\u{A0}" { scalars.removeFirst() }
        while scalars.last == "\u{A0}" { scalars.removeLast() }
        return String(scalars)
    }
}
