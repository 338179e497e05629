/// The argument of `\text{…}` and friends, read as TeX text mode from the
/// raw bytes: spaces count (runs collapse to one, as in TeX), a few escapes
/// and nested text commands are understood, math (`$`) is refused.
extension TeXParser {
    mutating func readTextArgument(for command: TeXToken) throws(TeXError) -> String {
        rewindLookahead()
        lexer.skipSpacesAndComments()
        let start = lexer.position
        guard start < bytes.count else { throw TeXError(command, "missing argument for \(command.spelling)") }
        guard bytes[start] == UInt8(ascii: "{") else {
            // `\text x`: a single character is the argument, as in TeX.
            switch bytes[start] {
            case UInt8(ascii: "\\"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "^"),
                 UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "#"):
                throw TeXError(command, "missing argument for \(command.spelling)")
            default:
                let (scalar, width) = TeXLexer.decode(bytes, at: start)
                lexer.position = start + width
                return String(Character(scalar))
            }
        }
        var text = TextBuilder()
        var index = start + 1
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "}"):
                if depth == 0 {
                    lexer.position = index + 1
                    return text.finish()
                }
                depth -= 1
                index += 1
            case UInt8(ascii: "\\"):
                index = try readTextCommand(at: index, into: &text)
            case UInt8(ascii: "%"):
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                index += 1
            case UInt8(ascii: "~"):
                text.append("\u{A0}")
                index += 1
            case UInt8(ascii: "$"):
                throw TeXError(offset: index, length: 1, message: "math inside \(command.spelling) is not supported")
            case UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "^"):
                let character = Character(Unicode.Scalar(byte))
                throw TeXError(offset: index, length: 1,
                               message: "\(character) is not allowed in text (write \\\(character))")
            default:
                if byte.isTeXSpace {
                    text.space()
                    index += 1
                } else {
                    let (scalar, width) = TeXLexer.decode(bytes, at: index)
                    text.append(scalar)
                    index += width
                }
            }
        }
        throw TeXError(offset: start, length: 1, message: "missing closing brace")
    }

    /// One control sequence inside text; returns the offset after it.
    private func readTextCommand(at start: Int, into text: inout TextBuilder) throws(TeXError) -> Int {
        var end = start + 1
        guard end < bytes.count else {
            throw TeXError(offset: start, length: 1, message: "backslash at end of math")
        }
        guard bytes[end].isASCIILetter else {
            let (scalar, width) = TeXLexer.decode(bytes, at: end)
            end += width
            switch scalar {
            case "%", "$", "&", "#", "_", "{", "}": text.append(scalar)
            case " ", "\n", "\r", "\t": text.append(" ")
            case ",": text.append("\u{2009}")         // thin space
            case ":", ";", ">": text.append("\u{2005}")    // four-per-em space
            case "!": break
            default:
                throw TeXError(offset: start, length: end - start,
                               message: "unsupported TeX command \\\(Character(scalar)) in text")
            }
            return end
        }
        while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        switch name {
        case "text", "textrm", "textnormal", "textup", "mbox", "textbf", "textit", "emph", "textsf", "texttt":
            break   // nested text commands: their braces group, their style is not kept
        case "textbackslash": text.append("\\")
        case "ldots", "dots", "textellipsis": text.append("…")
        case "quad": text.append("\u{2003}")
        case "qquad": text.append("\u{2003}\u{2003}")
        case "textdegree", "degree": text.append("°")
        default:
            throw TeXError(offset: start, length: end - start, message: "unsupported TeX command \\\(name) in text")
        }
        // As in TeX, spaces after a command name are not text.
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        return end
    }
}

/// Accumulates text-mode characters: runs of spaces become one space, and
/// spaces at either end become no-break spaces because renderers trim plain
/// spaces at the ends of `mtext` (`\text{ cm}` must keep its space).
struct TextBuilder {
    private var text = ""
    private var pendingSpace = false

    mutating func space() {
        pendingSpace = true
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        flushSpace()
        text.unicodeScalars.append(scalar)
    }

    mutating func append(_ string: String) {
        flushSpace()
        text += string
    }

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        text += text.isEmpty ? "\u{A0}" : " "
    }

    mutating func finish() -> String {
        if pendingSpace {
            pendingSpace = false
            text += "\u{A0}"
        }
        return text
    }
}
