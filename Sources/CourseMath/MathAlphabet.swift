/// Maps letters and digits to the Unicode Mathematical Alphanumeric Symbols
/// block. MathML Core only knows `mathvariant="normal"`, so `\mathbb{R}` is
/// written as the character ℝ itself rather than as a styled R.
enum MathAlphabet {
    /// The styled form of `scalar` in `font`, or nil when the font has no
    /// such character (Greek, accented letters, digits in script…).
    static func styled(_ scalar: Unicode.Scalar, in font: MathFont) -> Unicode.Scalar? {
        let value = scalar.value
        let capitalA: UInt32 = 0x41, smallA: UInt32 = 0x61, zero: UInt32 = 0x30
        if value >= capitalA && value < capitalA + 26 || value >= smallA && value < smallA + 26 {
            if let hole = holes[font]?[scalar] { return hole }
            guard let base = letterBase(font) else { return nil }
            let index = value >= smallA ? 26 + (value - smallA) : value - capitalA
            return Unicode.Scalar(base + index)
        }
        if value >= zero && value < zero + 10, let base = digitBase(font) {
            return Unicode.Scalar(base + (value - zero))
        }
        return nil
    }

    private static func letterBase(_ font: MathFont) -> UInt32? {
        switch font {
        case .roman: return nil
        case .bold: return 0x1D400
        case .italic: return 0x1D434
        case .boldItalic: return 0x1D468
        case .script: return 0x1D49C
        case .fraktur: return 0x1D504
        case .doubleStruck: return 0x1D538
        case .sansSerif: return 0x1D5A0
        case .monospace: return 0x1D670
        }
    }

    private static func digitBase(_ font: MathFont) -> UInt32? {
        switch font {
        case .bold: return 0x1D7CE
        case .doubleStruck: return 0x1D7D8
        case .sansSerif: return 0x1D7E2
        case .monospace: return 0x1D7F6
        case .roman, .italic, .boldItalic, .script, .fraktur: return nil
        }
    }

    /// Letters encoded before the block existed (Letterlike Symbols); their
    /// slots in the block are unassigned.
    private static let holes: [MathFont: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                  "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
