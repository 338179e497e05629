/// Characters in math mode: numbers, letters (in the current font), and
/// symbols typed directly, ASCII or Unicode.
extension TeXParser {
    mutating func parseCharacter(_ scalar: Unicode.Scalar, token: TeXToken, inList: Bool) throws(TeXError) -> MathNode {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            if byte.isASCIIDigit { return parseNumber(token: token, inList: inList) }
            if byte.isASCIILetter { return try parseLetters(token: token, inList: inList) }
            switch scalar {
            case "$":
                throw TeXError(token, "unexpected $ in math")
            case "#":
                throw TeXError(token, "unexpected # in math (write \\# for a number sign)")
            case "~":
                return .space(width: "0.3333em")   // a no-break space between words
            default:
                break
            }
        } else if scalar.properties.isAlphabetic && SymbolTable.characters[scalar] == nil {
            return try parseLetters(token: token, inList: inList)
        }
        if let symbol = SymbolTable.characters[scalar], token.length == scalar.utf8.count {
            return symbol.node
        }
        return Self.unicodeSymbol(scalar, text: text(of: token))
    }

    /// Digits. In a list a number runs on (`3.14`, `8{,}500`); as an argument
    /// only one digit is taken, as in TeX (`\frac12`, `x^23`).
    private mutating func parseNumber(token: TeXToken, inList: Bool) -> MathNode {
        var text = self.text(of: token)
        if inList, token.length == 1 {
            rewindLookahead()
            lexer.readNumberContinuation(into: &text)
        }
        if let font, font != .roman {
            text = Self.styled(text, in: font)
        }
        return .token("mn", text)
    }

    /// A letter, or with a font a whole run of letters (`\mathrm{cm}` is one identifier).
    private mutating func parseLetters(token: TeXToken, inList: Bool) throws(TeXError) -> MathNode {
        var text = self.text(of: token)
        guard let font else {
            return .token("mi", text, Self.isUprightGreek(text) ? [("mathvariant", "normal")] : [])
        }
        if inList {
            while case .character(let scalar) = try peek().kind, Self.isLetter(scalar) {
                text += self.text(of: try next())
            }
        }
        if font == .roman {
            // A single-letter mi is italic by default; several letters are upright already.
            let single = text.unicodeScalars.count == 1
            return .token("mi", text, single ? [("mathvariant", "normal")] : [])
        }
        return .token("mi", Self.styled(text, in: font))
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? UInt8(scalar.value).isASCIILetter
            : scalar.properties.isAlphabetic && SymbolTable.characters[scalar] == nil
    }

    /// Capital Greek typed directly is upright, as `\Delta` is.
    private static func isUprightGreek(_ text: String) -> Bool {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return false }
        return scalar.value >= 0x391 && scalar.value <= 0x3A9
    }

    static func styled(_ text: String, in font: MathFont) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(MathAlphabet.styled(scalar, in: font) ?? scalar)
        }
        return result
    }

    /// A Unicode character with no entry in the tables: classified by its
    /// general category, never refused.
    static func unicodeSymbol(_ scalar: Unicode.Scalar, text: String) -> MathNode {
        switch scalar.properties.generalCategory {
        case .decimalNumber:
            return .token("mn", text)
        case .mathSymbol:
            return .token("mo", text, atom: .rel)
        case .openPunctuation, .initialPunctuation:
            return .token("mo", text, [("stretchy", "false")], atom: .open)
        case .closePunctuation, .finalPunctuation:
            return .token("mo", text, [("stretchy", "false")], atom: .close)
        default:
            return .token("mi", text)   // °, €, ¿, letters with marks…: ordinary symbols
        }
    }
}
