import Foundation

/// Makes stable, unique anchors from heading text: lowercase, accents folded
/// ("Números reales" → "numeros-reales"), every run of other characters a
/// single `-`; repeats get `-2`, `-3`, … in document order. Non-Latin letters
/// are kept (lowercased) so Greek or Cyrillic headings still get readable ids.
struct HeadingSlugger {
    private var used: Set<String> = []

    static func slug(_ text: String) -> String {
        latinSlug(text) ?? foldedSlug(text)
    }

    /// The slug of text made only of ASCII and the accented Latin letters of
    /// Spanish, Portuguese, French…, without Foundation's folding (which
    /// showed in build profiles); nil for anything else. Gives exactly what
    /// `foldedSlug` gives (a test compares them).
    static func latinSlug(_ text: String) -> String? {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var letter: UInt8?
            switch value {
            case 0x30...0x39, 0x61...0x7A: letter = UInt8(value)
            case 0x41...0x5A: letter = UInt8(value + 0x20)
            case 0x5E, 0x60: continue  // `^` and `` ` `` are diacritics: dropped, no dash
            case 0..<0x80: pendingDash = true
            default:
                guard let base = latinBase[value] else { return nil }
                letter = base
            }
            if let letter {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(letter))
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// Latin-1 letters that fold to one ASCII letter (their base without the accent).
    private static let latinBase: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        let groups: [(String, Character)] = [("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"),
                                             ("Ññ", "n"), ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y")]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base.asciiValue! }
        }
        return table
    }()

    /// The general case: Foundation folds accents, case and width.
    static func foldedSlug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                                  locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out += String(scalar).lowercased()
            } else if !scalar.properties.isDiacritic, scalar.properties.generalCategory != .nonspacingMark {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    mutating func unique(_ text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}
