/// Finds a negation word in the question part of a stem that is not inside
/// bold or italics (Markdown `**…**`, `*…*`, `__…__`, `_…_` or HTML
/// `<strong>`, `<em>`, `<b>`). Math (`$…$`) and code spans are skipped.
enum NegationFinder {
    static let words: Set<String> = ["no", "nunca", "excepto", "salvo", "not", "never", "except"]
    static let initials: Set<Unicode.Scalar> = Set(words.flatMap { [$0.unicodeScalars.first!, $0.uppercased().unicodeScalars.first!] })

    static func unemphasizedNegation(in stem: String) -> String? {
        let chars = Array(questionPart(of: stem))
        var i = 0
        var strong = false, em = false, html = 0, math = false, code = false
        var word = String.UnicodeScalarView()
        func endWord() -> String? {
            defer { word = String.UnicodeScalarView() }
            // Every negation word starts with n, e or s: most words are ruled out
            // before a String is made and lowercased.
            guard let first = word.first, Self.initials.contains(first), word.count <= 7,
                  !strong, !em, html == 0 else { return nil }
            let text = String(word)
            return words.contains(text.lowercased()) ? text : nil
        }
        while i < chars.count {
            let c = chars[i]
            if !math && !code && TextScan.isLetter(c) { word.append(c); i += 1; continue }
            if let found = endWord() { return found }
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
        return endWord()
    }

    /// The part a learner reads as the question: from the last `¿`, or the
    /// last sentence.
    static func questionPart(of stem: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(stem).unicodeScalars
        if let mark = scalars.lastIndex(of: "¿") { return scalars[mark...] }
        var end = scalars.endIndex
        while end > scalars.startIndex, ".?: \n".unicodeScalars.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        let trimmed = scalars[..<end]
        if let stop = trimmed.lastIndex(where: { $0 == "." || $0 == "\n" }) { return trimmed[trimmed.index(after: stop)...] }
        return trimmed
    }
}
