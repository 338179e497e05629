/// The Unicode characters plain text uses for scripts and accents.
enum TextScripts {
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "\u{2212}": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
        "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
        "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "\u{2212}": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ",
        "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    ]

    /// Superscripts that are already raised characters: primes, degrees.
    static let raisedAlready: [String: String] = ["′": "′", "″": "″", "‴": "‴", "∘": "°", "°": "°", "∗": "*", "*": "*"]

    /// `text` as superscript characters, or nil when one has none.
    static func mapped(_ text: String, _ table: [Character: Character]) -> String? {
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
    }

    /// The combining mark for an accent's character (`→` of `\vec`, `‾` of `\overline`…).
    static let combiningAccents: [String: Unicode.Scalar] = [
        "^": "\u{302}", "ˇ": "\u{30C}", "~": "\u{303}", "¯": "\u{304}", "‾": "\u{305}", "→": "\u{20D7}",
        "←": "\u{20D6}", "↔": "\u{20E1}", "˙": "\u{307}", "¨": "\u{308}", "´": "\u{301}", "`": "\u{300}",
        "˘": "\u{306}", "˚": "\u{30A}", "_": "\u{332}",
    ]

    /// `\cancel`'s stroke: U+0336 COMBINING LONG STROKE OVERLAY.
    static let strike: Unicode.Scalar = "\u{336}"

    /// `mark` after every character of `text` that is not a space.
    static func marking(_ text: String, with mark: Unicode.Scalar) -> String {
        var result = ""
        for character in text {
            result.append(character)
            if !character.isWhitespace { result.unicodeScalars.append(mark) }
        }
        return result
    }
}
