/// One question read from the platform's CSV, ready to be written as a
/// numbered item of a quiz (see docs/format.md): Markdown stem, options
/// with their explanations, or blanks.
struct ImportedQuestion {
    enum Kind: Equatable {
        case single, multiple, trueFalse(isTrue: Bool), fillBlanks
    }

    struct Option {
        var markdown: String
        var isCorrect: Bool
        var explanation: [String] = []
    }

    struct Blank {
        var answers: [String]
        var contains: Bool
    }

    var kind: Kind
    /// The stem's Markdown; in a fill-in question `PlatformCell.blankMark`
    /// stands for each blank.
    var stem: String
    var options: [Option] = []
    var blanks: [Blank] = []
    /// Paragraphs of the explanation of the whole question.
    var explanation: [String] = []
    /// The 1-based line of the row, for messages.
    var line: Int

    /// Plain words of the stem, for its id.
    var plainStem: String {
        var text = ""
        for c in stem {
            if c.isLetter || c.isNumber { text.append(c) } else if text.last != " " { text.append(" ") }
        }
        return text
    }

    /// The numbered item: `N. stem {#id …}`, options, explanations.
    func markdown(number: Int, id: String) -> String {
        let marker = "\(number). "
        let indent = String(repeating: " ", count: marker.count)
        var stem = self.stem
        if kind == .fillBlanks {
            for blank in blanks {
                guard let range = stem.range(of: PlatformCell.blankMark) else { break }
                let inner = (blank.contains ? "~" : "") + blank.answers.joined(separator: " | ")
                stem.replaceSubrange(range, with: "[[" + inner + "]]")
            }
        }
        var attributes = "#" + id
        switch kind {
        case .multiple: attributes += " type=multiple"
        case .trueFalse: attributes += " type=true-false"
        default: break
        }
        // The attributes end the stem's first paragraph.
        var paragraphs = stem.components(separatedBy: "\n\n")
        paragraphs[0] += " {" + attributes + "}"
        var lines = Self.indented(paragraphs.joined(separator: "\n\n"), first: marker, rest: indent)
        let optionIndent = indent + "  "
        for option in options {
            lines.append("")
            lines += Self.indented(option.markdown, first: indent + "- [" + (option.isCorrect ? "x" : " ") + "] ", rest: optionIndent)
            if !option.explanation.isEmpty {
                lines += Self.indented(Self.quote(option.explanation), first: optionIndent, rest: optionIndent)
            }
        }
        if !explanation.isEmpty {
            lines.append("")
            lines += Self.indented(Self.quote(explanation), first: indent, rest: indent)
        }
        // Options are one tight task list: no blank line between them.
        return Self.tightenOptions(lines, indent: indent).joined(separator: "\n")
    }

    static func quote(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") }
            .joined(separator: "\n>\n")
    }

    static func indented(_ text: String, first: String, rest: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            index == 0 ? first + line : (line.isEmpty ? "" : rest + line)
        }
    }

    /// Removes the blank lines between options, keeping the one before the first.
    private static func tightenOptions(_ lines: [String], indent: String) -> [String] {
        var out: [String] = []
        var seenOption = false
        for (index, line) in lines.enumerated() {
            if line.isEmpty, seenOption, index + 1 < lines.count, lines[index + 1].hasPrefix(indent + "- [") { continue }
            if line.hasPrefix(indent + "- [") { seenOption = true }
            out.append(line)
        }
        return out
    }
}
