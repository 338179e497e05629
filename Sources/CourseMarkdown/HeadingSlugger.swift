import Foundation

/// Makes stable, unique anchors from heading text: lowercase, accents folded
/// ("Números reales" → "numeros-reales"), every run of other characters a
/// single `-`; repeats get `-2`, `-3`, … in document order. Non-Latin letters
/// are kept (lowercased) so Greek or Cyrillic headings still get readable ids.
struct HeadingSlugger {
    private var used: Set<String> = []

    static func slug(_ text: String) -> String {
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
