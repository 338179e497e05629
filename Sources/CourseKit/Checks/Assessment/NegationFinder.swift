/// Finds, in the question part of a stem, a negation that asks for the
/// exception and is not in bold or italics (Markdown `**…**`, `*…*`,
/// `__…__`, `_…_` or HTML `<strong>`, `<em>`, `<b>`): "¿Cuál no es…?",
/// "Selecciona la opción que no…", "Todas son… excepto:", "Which is not…".
/// A negation inside a condition or a fact of the stem ("si no hay
/// fricción", "un cuerpo que no se mueve", "energía no renovable") asks
/// for nothing and is left alone. Math (`$…$`) and code spans are skipped.
///
/// The reading is by word lists, not grammar: a `no` asks for the exception
/// when, going back from it, an interrogative (cuál, qué, which, what) or a
/// selecting imperative with "la opción que" (selecciona, elige, señala…)
/// is reached before any word that opens a clause (si, cuando, que after a
/// noun, if, when…) or a verb such as "es" ("¿Cuál es un ejemplo de
/// energía no renovable?"). `excepto`, `salvo` and `except` ask for it when
/// nothing follows them, or an interrogative does, or the question speaks
/// of all of something ("Todas las siguientes…", "All of the following…").
enum NegationFinder {
    /// A word of the question part: `folded` is lowercased (accents kept).
    struct Word {
        var text: Substring.UnicodeScalarView
        var folded: String
        /// Scalars from the start of the question part.
        var offset: Int
        var emphasized: Bool
        /// A `;` stands between this word and the one before it.
        var afterBreak: Bool
    }

    static let negations: Set<String> = ["no", "nunca", "not", "never", "n't"]
    static let exceptions: Set<String> = ["excepto", "salvo", "except", "excepción", "excepcion"]
    /// Words that open a clause: a negation after them is inside a condition or a description.
    static let clauseOpeners: Set<String> = [
        "si", "cuando", "aunque", "porque", "pues", "mientras", "donde", "como", "sino", "pero", "cuyo", "cuya", "cuyos",
        "cuyas", "quien", "quienes", "sin", "ya", "dado", "if", "when", "whenever", "because", "although", "though",
        "while", "where", "since", "unless", "whose", "but", "as", "without",
    ]
    /// Verbs that, between the interrogative and the negation, make the
    /// negation part of what is described ("¿Qué le pasa a… que no…?").
    static let verbs: Set<String> = [
        "pasa", "ocurre", "sucede", "tiene", "tienen", "hay", "había", "representa", "representan", "describe", "describen",
        "muestra", "muestran", "significa", "sería", "happens", "has", "have", "describes", "means",
    ]
    /// Forms of "ser" and "estar": like `verbs`, except in "¿Cuál es el que no…?".
    static let copulas: Set<String> = ["es", "son", "era", "eran", "fue", "fueron", "será", "serán", "está", "están"]
    static let articles: Set<String> = [
        "el", "la", "los", "las", "lo", "aquel", "aquella", "aquellos", "aquellas", "aquello", "one", "ones",
    ]
    static let prepositions: Set<String> = [
        "a", "al", "de", "del", "en", "con", "por", "para", "sobre", "bajo", "desde", "hasta", "entre", "según",
        "durante", "mediante", "in", "on", "at", "by", "for", "with", "of", "from", "to", "under", "during", "through",
    ]
    /// What a question asks the learner to choose among.
    static let choiceNouns: Set<String> = [
        "opción", "opciones", "opcion", "respuesta", "respuestas", "afirmación", "afirmaciones", "afirmacion",
        "enunciado", "enunciados", "inciso", "incisos", "alternativa", "alternativas", "expresión", "expresiones",
        "oración", "oraciones", "frase", "frases", "proposición", "proposiciones", "ejemplo", "ejemplos", "elemento",
        "elementos", "option", "options", "statement", "statements", "answer", "answers", "choice", "choices",
        "sentence", "sentences", "example", "examples",
    ]
    static let interrogatives: Set<String> = ["cuál", "cuáles", "cual", "cuales", "qué", "quién", "quiénes", "which", "what"]
    static let selectingVerbs: Set<String> = [
        "selecciona", "seleccione", "elige", "elija", "escoge", "escoja", "señala", "señale", "indica", "indique", "marca",
        "marque", "identifica", "identifique", "subraya", "subraye", "encierra", "select", "choose", "identify", "mark",
        "pick", "circle",
    ]
    static let quantifiers: Set<String> = ["todos", "todas", "siguientes", "all", "following", "every", "each"]

    /// The negation word as written and its offset (in scalars) from the
    /// start of `stem`, or nil.
    static func unemphasizedException(in stem: String) -> (word: String, offset: Int)? {
        let part = questionPart(of: stem)
        guard mayContainNegation(Substring(part).utf8) else { return nil }
        let words = self.words(of: part)
        for index in words.indices where !words[index].emphasized {
            let word = words[index]
            let asks = negations.contains(word.folded) ? asksForTheException(words, negationAt: index)
                : exceptions.contains(word.folded) ? isException(words, at: index) : false
            guard asks else { continue }
            let before = stem.unicodeScalars.distance(from: stem.unicodeScalars.startIndex, to: part.startIndex)
            return (String(String.UnicodeScalarView(word.text)), before + word.offset)
        }
        return nil
    }

    /// Going back from the negation: an interrogative, or a selecting
    /// imperative after "la opción que", before anything that opens a clause.
    static func asksForTheException(_ words: [Word], negationAt index: Int) -> Bool {
        var throughNominalQue = false
        var j = index
        while j > 0 {
            if words[j].afterBreak { return false }
            j -= 1
            let word = words[j].folded
            let previous = j > 0 ? words[j - 1].folded : nil
            let beforePrevious = j > 1 ? words[j - 2].folded : nil
            if clauseOpeners.contains(word) || verbs.contains(word) { return false }
            if copulas.contains(word) && !throughNominalQue { return false }
            switch word {
            case "que", "that":
                // "que" opening the question is an unaccented "qué".
                guard let previous else { return word == "que" }
                if articles.contains(previous), !(beforePrevious.map(prepositions.contains) ?? false) {
                    throughNominalQue = true  // "el que no…", "the one that…": the thing chosen
                } else if choiceNouns.contains(previous) {
                    throughNominalQue = true  // "la opción que no…"
                } else {
                    return false  // "un cuerpo que no se mueve": a description
                }
            case "qué":
                return previous != "por"  // "¿Por qué no…?" asks for a reason
            case "cual", "cuales", "which":
                // "el cual no…", "in which…" are relative.
                return !(previous.map { articles.contains($0) || prepositions.contains($0) } ?? false)
            case _ where interrogatives.contains(word):
                return true
            default:
                break
            }
        }
        return throughNominalQue && selectingVerbs.contains(words[0].folded)
    }

    /// `excepto` with nothing after it, an interrogative after it, or after
    /// "todas"/"all" or "siguientes"/"following"; "excepto que" and "a
    /// salvo" are not.
    static func isException(_ words: [Word], at index: Int) -> Bool {
        let word = words[index].folded
        let previous = index > 0 ? words[index - 1].folded : nil
        if word == "salvo", previous == "a" { return false }
        if word.hasPrefix("excepci"), previous != "a" && previous != "con" { return false }
        let next = index + 1 < words.count ? words[index + 1].folded : nil
        if word.hasPrefix("excepci"), next != "de" { return false }
        let after = word.hasPrefix("excepci") ? index + 2 : index + 1
        guard after < words.count else { return true }
        let following = words[after].folded
        if ["que", "si", "cuando", "that", "if", "when", "for"].contains(following) { return false }
        if interrogatives.contains(following) { return true }
        return words[..<index].contains { quantifiers.contains($0.folded) }
    }

    /// The words of the question part, with their emphasis; math and code
    /// are left out. "isn't" gives "isn" and "n't".
    static func words(of part: Substring.UnicodeScalarView) -> [Word] {
        var words: [Word] = []
        var strong = false, em = false, html = 0, math = false, code = false, pendingBreak = false
        var start: Substring.UnicodeScalarView.Index?
        var startOffset = 0
        func end(at index: Substring.UnicodeScalarView.Index) {
            guard let from = start else { return }
            let text = part[from..<index]
            words.append(Word(text: text, folded: String(String.UnicodeScalarView(text)).lowercased(), offset: startOffset,
                              emphasized: strong || em || html > 0, afterBreak: pendingBreak))
            pendingBreak = false
            start = nil
        }
        var offset = 0
        var index = part.startIndex
        while index < part.endIndex {
            let c = part[index]
            if !math && !code && TextScan.isLetter(c) {
                if start == nil { start = index; startOffset = offset }
            } else {
                end(at: index)
                let next = part.index(after: index)
                if c == "`" { code.toggle() } else if c == "$" { math.toggle() } else if !math && !code {
                    if c == "'" || c == "\u{2019}", next < part.endIndex, part[next] == "t" || part[next] == "T",
                       let last = words.last, last.offset + last.text.count == offset, last.folded.hasSuffix("n") {
                        // "isn't": the whole word, so that it is what is reported and put in bold.
                        words.append(Word(text: part[last.text.startIndex...next], folded: "n't", offset: last.offset,
                                          emphasized: last.emphasized, afterBreak: false))
                        index = part.index(after: next)
                        offset += 2
                        continue
                    }
                    if (c == "*" || c == "_") && next < part.endIndex && part[next] == c {
                        strong.toggle()
                        index = part.index(after: next)
                        offset += 2
                        continue
                    }
                    if c == "*" || c == "_" { em.toggle() }
                    else if c == ";" { pendingBreak = true }
                    else if c == "<" {
                        let tag = String(String.UnicodeScalarView(part[index...].prefix(9))).lowercased()
                        if ["<strong>", "<em>", "<b>"].contains(where: tag.hasPrefix) { html += 1 }
                        if ["</strong>", "</em>", "</b>"].contains(where: tag.hasPrefix) { html = max(0, html - 1) }
                    }
                }
            }
            index = part.index(after: index)
            offset += 1
        }
        end(at: part.endIndex)
        return words
    }

    private static let asciiWords: [[UInt8]] = ["no", "nunca", "not", "never", "excepto", "salvo", "except", "excepcion", "excepci"]
        .map { Array($0.utf8) }

    /// A byte pre-scan: false when no negation word starts at a word start
    /// (nor "n't"), so most stems are never split into words. It may say
    /// true wrongly (a letter outside ASCII counts as a boundary); the words
    /// decide then.
    static func mayContainNegation(_ bytes: Substring.UTF8View) -> Bool {
        let text = Array(bytes)
        func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
            (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57)
        }
        for start in text.indices {
            if text[start] == UInt8(ascii: "n"), start + 2 < text.count,
               text[start + 1] == UInt8(ascii: "'") || text[start + 1] == 0xE2 {
                return true  // n't, n’t (’ is E2 80 99)
            }
            guard start == 0 || !isASCIILetterOrDigit(text[start - 1]) else { continue }
            for word in asciiWords where start + word.count <= text.count {
                var matches = true
                for k in word.indices where text[start + k] | 0x20 != word[k] { matches = false; break }
                if matches, start + word.count == text.count || !isASCIILetterOrDigit(text[start + word.count]) {
                    return true
                }
            }
        }
        return false
    }

    /// The part a learner reads as the question: from the last `¿`, or the
    /// last sentence.
    static func questionPart(of stem: String) -> Substring.UnicodeScalarView {
        let text = Substring(stem)
        let utf8 = text.utf8
        // Byte searches: "¿" is C2 BF, and the other marks are ASCII, so no
        // scalar needs decoding (scalar-wise backward scans showed in profiles).
        var searchEnd = utf8.endIndex
        while let bf = utf8[..<searchEnd].lastIndex(of: 0xBF) {
            if bf > utf8.startIndex, utf8[utf8.index(before: bf)] == 0xC2 {
                return text[utf8.index(before: bf)...].unicodeScalars
            }
            searchEnd = bf
        }
        var end = utf8.endIndex
        while end > utf8.startIndex, ".?: \n".utf8.contains(utf8[utf8.index(before: end)]) {
            end = utf8.index(before: end)
        }
        let trimmed = utf8[..<end]
        if let stop = trimmed.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == 0x0A }) {
            return text[utf8.index(after: stop)..<end].unicodeScalars
        }
        return text[..<end].unicodeScalars
    }
}
