/// Stems as sets of normalised words, for finding repeated questions.
enum StemSimilarity {
    /// Lowercased words without accents; Markdown punctuation and math
    /// delimiters split words like spaces do.
    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        // Words are gathered as UTF-8 bytes; ASCII, nearly all of a stem, is
        // lowercased in place (lowercasing the whole text first cost more
        // than the comparison).
        var word: [UInt8] = []
        func endWord() {
            if !word.isEmpty { result.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let lower = v | 0x20
                if lower >= 0x61 && lower <= 0x7A { word.append(UInt8(lower)) }
                else if v >= 0x30 && v <= 0x39 { word.append(UInt8(v)) }
                else { endWord() }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    word.append(contentsOf: UTF8.encode(Self.base(lower))!)
                }
            } else {
                endWord()
            }
        }
        endWord()
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
