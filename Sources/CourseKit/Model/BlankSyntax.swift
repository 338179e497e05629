/// Fill-in-the-blank syntax inside a stem: `[[4 | cuatro]]` is one blank with
/// two accepted answers, matched exactly; `[[~fotosíntesis]]` is matched
/// when the learner's answer contains the text.
public enum BlankSyntax {
    public struct Occurrence: Sendable {
        public var answers: [String]
        public var match: QuizItem.Blank.Match
        /// Character offset of `[[` in the stem, and the length through `]]`.
        public var offset: Int
        public var length: Int
    }

    public static func occurrences(in stem: String) -> [Occurrence] {
        // Most stems have no blank: a byte scan rules them out before the
        // stem is split into Characters.
        guard hasOpeningBrackets(stem) else { return [] }
        var result: [Occurrence] = []
        let chars = Array(stem)
        var i = 0
        while i + 1 < chars.count {
            if chars[i] == "[", chars[i + 1] == "[" {
                var j = i + 2
                while j + 1 < chars.count, !(chars[j] == "]" && chars[j + 1] == "]") { j += 1 }
                guard j + 1 < chars.count else { break }
                var inner = String(chars[(i + 2)..<j]).trimmed
                var match = QuizItem.Blank.Match.exact
                if inner.hasPrefix("~") {
                    match = .contains
                    inner = String(inner.dropFirst())
                }
                let answers = inner.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty }
                result.append(Occurrence(answers: answers, match: match, offset: i, length: j + 2 - i))
                i = j + 2
            } else {
                i += 1
            }
        }
        return result
    }

    public static func replaceBlanks(in stem: String, with replacement: String) -> String {
        replacingBlanks(in: stem) { _, _ in replacement }
    }

    /// The stem with its `n`th blank (0-based) replaced by `replacement(n, blank)`,
    /// written in one pass: replacing blanks one by one copied the stem once
    /// per blank, which made a question with thousands of blanks quadratic.
    public static func replacingBlanks(in stem: String, _ replacement: (Int, Occurrence) -> String) -> String {
        let found = occurrences(in: stem)
        guard !found.isEmpty else { return stem }
        var out = ""
        out.reserveCapacity(stem.utf8.count)
        var index = stem.startIndex
        var offset = 0
        for (n, occurrence) in found.enumerated() {
            // Offsets are in Characters, as `occurrences` counts them.
            let start = stem.index(index, offsetBy: occurrence.offset - offset)
            out += stem[index..<start]
            out += replacement(n, occurrence)
            index = stem.index(start, offsetBy: occurrence.length)
            offset = occurrence.offset + occurrence.length
        }
        out += stem[index...]
        return out
    }

    static func hasOpeningBrackets(_ text: String) -> Bool {
        var previousWasBracket = false
        for byte in text.utf8 {
            let isBracket = byte == UInt8(ascii: "[")
            if isBracket && previousWasBracket { return true }
            previousWasBracket = isBracket
        }
        return false
    }
}

import Foundation
