/// Options written as printed exams letter them — `a) Joule`, `A. Joule`,
/// `(a) Joule`, `- b) Newton` — which Markdown does not read as a task
/// list, so the question would have no options at all (CS0314). Found in
/// the source lines of a question that has no task list; the fix rewrites
/// them as a task list, marking none right (only the author knows which is).
struct LetteredOptions {
    struct Option {
        var line: Int
        /// Where the option's marker (or its bullet) starts.
        var column: Int
        /// The letter as written: `a)`, `A.`, `(a)`.
        var marker: String
        var text: String
    }

    var options: [Option]
    var firstLine: Int { options[0].line }
    var lastLine: Int { options[options.count - 1].line }

    /// The first run of at least two lines lettered in order from `a` (or
    /// `A`) among `lines` of `file`; blank lines may separate them.
    static func find(in file: SourceFile, lines: ClosedRange<Int>) -> LetteredOptions? {
        var run: [Option] = []
        var upper = false
        for number in lines {
            let text = Substring(file.line(number))
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let expected = Character(Unicode.Scalar(UInt8(ascii: upper ? "A" : "a") + UInt8(min(run.count, 20))))
            let option = parse(text)
            if let option, !run.isEmpty, option.letter == expected {
                run.append(Option(line: number, column: option.column, marker: option.marker, text: option.text))
                continue
            }
            if run.count >= 2 { break }
            run = []
            if let option, option.letter == "a" || option.letter == "A" {
                upper = option.letter == "A"
                run = [Option(line: number, column: option.column, marker: option.marker, text: option.text)]
            }
        }
        return run.count >= 2 ? LetteredOptions(options: run) : nil
    }

    /// `  - (b) Newton` → letter b, the column of `-`, "(b)", "Newton".
    private static func parse(_ line: Substring) -> (letter: Character, column: Int, marker: String, text: String)? {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " { i += 1 }
        let column = i + 1
        if i + 1 < scalars.count, "-*+".unicodeScalars.contains(scalars[i]), scalars[i + 1] == " " {
            i += 2
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        let parenthesized = i < scalars.count && scalars[i] == "("
        if parenthesized { i += 1 }
        guard i + 1 < scalars.count, ("a"..."h").contains(scalars[i]) || ("A"..."H").contains(scalars[i]) else { return nil }
        let letter = Character(scalars[i])
        let close = scalars[i + 1]
        guard parenthesized ? close == ")" : (close == ")" || close == "."), i + 2 < scalars.count, scalars[i + 2] == " " else { return nil }
        let text = String(String.UnicodeScalarView(scalars[(i + 3)...])).trimmed
        let marker = (parenthesized ? "(" : "") + String(letter) + String(close)
        return text.isEmpty ? nil : (letter, column, marker, text)
    }

    /// The lettered lines rewritten as a task list indented `indent` spaces
    /// (the question's text), after a blank line when the line before them
    /// is text.
    func fix(in file: SourceFile, indent: Int) -> Diagnostic.Fix {
        let pad = String(repeating: " ", count: indent)
        let list = options.map { pad + "- [ ] " + $0.text }.joined(separator: "\n")
        let before = firstLine > 1 ? file.line(firstLine - 1) : ""
        let separated = before.allSatisfy { $0 == " " || $0 == "\t" } ? list : "\n" + list
        let end = file.line(lastLine).unicodeScalars.count + 1
        return Diagnostic.Fix(range: SourceRange(file: file.path, start: .init(line: firstLine, column: 1), end: .init(line: lastLine, column: end)),
                              replacement: separated, summary: "write the options as a task list; none is marked right: put [x] in the right one")
    }
}
