/// Finds a negation word in the question part of a stem that is not inside
/// bold or italics (Markdown `**…**`, `*…*`, `__…__`, `_…_` or HTML
/// `<strong>`, `<em>`, `<b>`). Math (`$…$`) and code spans are skipped.
enum NegationFinder {
    static let words: Set<String> = ["no", "nunca", "excepto", "salvo", "not", "never", "except"]
    static let initials: Set<Unicode.Scalar> = Set(words.flatMap { [$0.unicodeScalars.first!, $0.uppercased().unicodeScalars.first!] })

    static func unemphasizedNegation(in stem: String) -> String? {
        let part = questionPart(of: stem)
        guard mayContainNegation(Substring(part).utf8) else { return nil }
        let chars = Array(part)
        var i = 0
        var strong = false, em = false, html = 0, math = false, code = false
        // The current word is chars[wordStart..<i]; no String is made for it
        // unless it could be a negation word.
        var wordStart = -1
        func endWord(at end: Int) -> String? {
            defer { wordStart = -1 }
            // Every negation word starts with n, e or s and has at most 7 letters.
            guard wordStart >= 0, end - wordStart <= 7, Self.initials.contains(chars[wordStart]),
                  !strong, !em, html == 0 else { return nil }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: chars[wordStart..<end])
            let text = String(word)
            return words.contains(text.lowercased()) ? text : nil
        }
        while i < chars.count {
            let c = chars[i]
            if !math && !code && TextScan.isLetter(c) {
                if wordStart < 0 { wordStart = i }
                i += 1
                continue
            }
            if let found = endWord(at: i) { return found }
            if c == "`" { code.toggle() } else if c == "$" { math.toggle() } else if !math && !code {
                if (c == "*" || c == "_") && i + 1 < chars.count && chars[i + 1] == c { strong.toggle(); i += 1 }
                else if c == "*" || c == "_" { em.toggle() }
                else if c == "<" {
                    let tag = String(String.UnicodeScalarView(chars[i..<min(chars.count, i + 9)])).lowercased()
                    if ["<strong>", "<em>", "<b>"].contains(where: tag.hasPrefix) { html += 1 }
                    if ["</strong>", "</em>", "</b>"].contains(where: tag.hasPrefix) { html = max(0, html - 1) }
                }
            }
            i += 1
        }
        return endWord(at: chars.count)
    }

    private static let asciiWords: [[UInt8]] = words.map { Array($0.utf8) }

    /// A byte pre-scan: false when no negation word starts at a word start,
    /// so most stems are never split into scalars. It may say true wrongly
    /// (a letter outside ASCII counts as a boundary); the scan decides then.
    static func mayContainNegation(_ bytes: Substring.UTF8View) -> Bool {
        let text = Array(bytes)
        func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
            (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57)
        }
        for start in text.indices where start == 0 || !isASCIILetterOrDigit(text[start - 1]) {
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
