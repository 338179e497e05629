/// Stems as sets of normalised words, for finding repeated questions.
enum StemSimilarity {
    /// Lowercased words without accents; Markdown punctuation and math
    /// delimiters split words like spaces do.
    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        var word = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.append(Self.base(scalar))
            } else if !word.isEmpty {
                result.insert(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { result.insert(String(word)) }
        return result
    }

    /// Jaccard index: shared words ÷ all words.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    static func base(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "á", "à", "ä", "â": "a"
        case "é", "è", "ë", "ê": "e"
        case "í", "ì", "ï", "î": "i"
        case "ó", "ò", "ö", "ô": "o"
        case "ú", "ù", "ü", "û": "u"
        default: s
        }
    }
}
