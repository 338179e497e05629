import CourseLocalization

/// A forward cursor over the raw bytes of one `\ce{…}` or `\pu{…}` argument
/// (mhchem reads its argument as a string, not as TeX tokens). Offsets are
/// those of the whole expression, so errors point into the author's TeX.
struct ChemCursor {
    let bytes: [UInt8]
    var position: Int
    /// Offset of the argument's closing brace (or of the `]` closing an arrow label).
    let end: Int
    /// The command, for messages: `\ce` or `\pu`.
    let command: String

    var atEnd: Bool { position >= end }

    /// The byte `offset` bytes ahead, or 0 past the end.
    func peek(_ offset: Int = 0) -> UInt8 {
        position + offset < end ? bytes[position + offset] : 0
    }

    func peekIs(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= end else { return false }
        return text.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[position + $0] == buffer[$0] }
        }
    }

    mutating func skipSpaces() -> Bool {
        let start = position
        while position < end, bytes[position].isTeXSpace { position += 1 }
        return position > start
    }

    /// Digits from here on, consumed.
    mutating func readDigits() -> String {
        let start = position
        while position < end, bytes[position].isASCIIDigit { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// ASCII letters from here on, consumed.
    mutating func readLetters() -> String {
        let start = position
        while position < end, bytes[position].isASCIILetter { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `\name` at the cursor, consumed: the name and the command's offset.
    mutating func readCommand() -> (name: String, offset: Int) {
        let start = position
        position += 1
        if position < end, bytes[position].isASCIILetter {
            while position < end, bytes[position].isASCIILetter { position += 1 }
        } else if position < end {
            position += TeXLexer.decode(bytes, at: position).1
        }
        return (String(decoding: bytes[(start + 1)..<position], as: UTF8.self), start)
    }

    /// The offset of the byte closing the group opened at `open`
    /// (`{…}` or `[…]`), counting nested braces and brackets; nil when it is
    /// not closed before `end`.
    func closing(from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The error for the character at the cursor that the grammar does not allow here.
    func unexpected(_ what: Message? = nil) -> TeXError {
        guard position < end else { return TeXError(offset: position, length: 0, message: "unexpected end of \(command)") }
        let (scalar, width) = TeXLexer.decode(bytes, at: position)
        let found: Message = scalar == " " ? "space" : "'\(Character(scalar))'"
        let message: Message = what.map { "unsupported \(found) in \(command) (\($0))" } ?? "unsupported \(found) in \(command)"
        return TeXError(offset: position, length: width, message: message)
    }
}
