/// Splits math-mode TeX into tokens, straight from the UTF-8 bytes.
///
/// Spaces and `%` comments are skipped, as TeX does in math mode. The parser
/// reads raw text through the `raw…` helpers for the few places where TeX
/// does not tokenize as math (`\text{…}`, environment names, array column
/// specifications), so one forward cursor serves both and the work stays linear.
struct TeXLexer {
    let bytes: [UInt8]
    /// Byte offset of the next unread byte.
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token after spaces and comments; `.end` at the end of input.
    mutating func next() throws(TeXError) -> TeXToken {
        skipSpacesAndComments()
        let start = position
        guard start < bytes.count else { return TeXToken(kind: .end, offset: start, length: 0) }
        let byte = bytes[start]
        switch byte {
        case UInt8(ascii: "\\"):
            return try command(at: start)
        case UInt8(ascii: "{"):
            position += 1
            return TeXToken(kind: .openBrace, offset: start, length: 1)
        case UInt8(ascii: "}"):
            position += 1
            return TeXToken(kind: .closeBrace, offset: start, length: 1)
        case UInt8(ascii: "^"):
            position += 1
            return TeXToken(kind: .caret, offset: start, length: 1)
        case UInt8(ascii: "_"):
            position += 1
            return TeXToken(kind: .underscore, offset: start, length: 1)
        case UInt8(ascii: "&"):
            position += 1
            return TeXToken(kind: .alignment, offset: start, length: 1)
        default:
            let (scalar, width) = Self.decode(bytes, at: start)
            position = start + width
            skipCombiningMarks()
            return TeXToken(kind: .character(scalar), offset: start, length: position - start)
        }
    }

    private mutating func command(at start: Int) throws(TeXError) -> TeXToken {
        var end = start + 1
        guard end < bytes.count else {
            throw TeXError(offset: start, length: 1, message: "backslash at end of math")
        }
        if bytes[end].isASCIILetter {
            while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
            position = end
            let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            return TeXToken(kind: .command(name), offset: start, length: end - start)
        }
        // A control symbol: backslash and exactly one character.
        let (scalar, width) = Self.decode(bytes, at: end)
        end += width
        position = end
        let name: String
        switch scalar {
        case "\n", "\r", "\t": name = " "   // `\` before a line break is a control space
        default: name = String(Character(scalar))
        }
        return TeXToken(kind: .command(name), offset: start, length: end - start)
    }

    /// Skips whitespace and `%` comments (a comment runs to the end of its line).
    mutating func skipSpacesAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte.isTeXSpace {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipCombiningMarks() {
        while position < bytes.count, bytes[position] >= 0xC0 {
            let (scalar, width) = Self.decode(bytes, at: position)
            guard scalar.isCombiningMark else { return }
            position += width
        }
    }

    /// Reads the rest of a number whose first digit ends at `position`: more
    /// digits, a decimal point or `{,}` followed by a digit, and one trailing
    /// point for repeating decimals written `0.\overline{3}`.
    mutating func readNumberContinuation(into text: inout String) {
        var hasPoint = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte.isASCIIDigit {
                text.unicodeScalars.append(Unicode.Scalar(byte))
                position += 1
            } else if byte == UInt8(ascii: "."), digit(at: position + 1) {
                text.append(".")
                hasPoint = true
                position += 1
            } else if byte == UInt8(ascii: "{"), position + 3 < bytes.count,
                      bytes[position + 1] == UInt8(ascii: ","), bytes[position + 2] == UInt8(ascii: "}"),
                      digit(at: position + 3) {
                text.append(",")   // `8{,}500`: a comma that is part of the number
                position += 3
            } else if byte == UInt8(ascii: "."), !hasPoint {
                text.append(".")
                position += 1
                return
            } else {
                return
            }
        }
    }

    private func digit(at index: Int) -> Bool {
        index < bytes.count && bytes[index].isASCIIDigit
    }

    /// Decodes the scalar starting at `index`; malformed bytes (impossible for
    /// bytes taken from a Swift `String`) decode as U+FFFD, one byte wide.
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let width: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC0..<0xE0: width = 2
        case 0xE0..<0xF0: width = 3
        case 0xF0..<0xF8: width = 4
        default: return ("\u{FFFD}", 1)
        }
        guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0x7F >> width)
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
        return (scalar, width)
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isTeXSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

extension Unicode.Scalar {
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
