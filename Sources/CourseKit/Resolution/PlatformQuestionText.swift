import CourseText

/// What the platform's question CSV does to a resolved question, decided in
/// one place: the `mct` target writes the cells with these rules and
/// `PlatformQuestionCheck` reports what they change, so `coursec check` says
/// exactly what the build will write.
public enum PlatformQuestionText {
    /// Characters that make spreadsheet software read a cell as a formula.
    public static var formulaStarts: Set<Character> { SpreadsheetCell.formulaStarts }

    /// Choices a question fills in the CSV (0 for fill in the blanks, 2 for true/false).
    public static func choiceCount(_ item: QuizItem) -> Int {
        switch item.type {
        case .fillBlanks: 0
        case .trueFalse: 2
        case .single, .multiple: item.options.count
        }
    }

    /// The number of `Choice n` columns a quiz's CSV has (at least two).
    public static func choiceColumns(_ quiz: Quiz) -> Int {
        max(2, quiz.items.map(choiceCount).max() ?? 0)
    }

    /// Serial numbers (1-based) of the questions whose empty choice cells
    /// the platform fills with placeholder choices.
    public static func placeholderSerials(_ quiz: Quiz) -> [Int] {
        let columns = choiceColumns(quiz)
        return quiz.items.indices.filter { quiz.items[$0].type != .fillBlanks && choiceCount(quiz.items[$0]) < columns }
            .map { $0 + 1 }
    }

    /// The question's text or a choice the CSV writes has a comma (CS0701).
    public static func hasComma(_ item: QuizItem) -> Bool {
        let comma = UInt8(ascii: ",")
        if item.resolved.stem.utf8.contains(comma) { return true }
        return item.type != .trueFalse && item.type != .fillBlanks && item.resolved.options.contains { $0.utf8.contains(comma) }
    }

    /// The offset (in characters) of the first comma of a question's text
    /// or option, as written, that rewording could remove (CS0701); not one
    /// a question needs: in math (`$(2, 3)$`), code, a blank's answers
    /// (`[[3,5]]`, written to another column) or a number (`3,5`, `1,000`).
    public static func rewordableComma(in markdown: String) -> Int? {
        guard markdown.utf8.contains(UInt8(ascii: ",")) else { return nil }
        let scalars = Array(markdown.unicodeScalars)
        var math = false, code = false, blank = false
        func isDigit(_ i: Int) -> Bool { scalars.indices.contains(i) && ("0"..."9").contains(scalars[i]) }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "$" || scalars[i + 1] == "`" { i += 2; continue }
            if !math && !code, c == "[" || c == "]", i + 1 < scalars.count, scalars[i + 1] == c {
                blank = c == "["
                i += 2
                continue
            }
            if c == "`", !math {
                code.toggle()
            } else if c == "$", !code {
                math.toggle()
                if i + 1 < scalars.count, scalars[i + 1] == "$" { i += 1 }  // `$$…$$` is one pair
            } else if c == ",", !math, !code, !blank, !(isDigit(i - 1) && isDigit(i + 1)) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The explanations as the CSV's one cell holds them (one per choice,
    /// `;`-separated): a `;` inside one is written as `,`.
    public static func explanationParts(_ item: QuizItem) -> [String?] {
        switch item.type {
        case .trueFalse: []
        case .fillBlanks: [item.resolved.explanation]
        case .single, .multiple: item.resolved.optionExplanations.map { $0 ?? item.resolved.explanation }
        }
    }

    /// The accepted answers of a fill-in question in the order the cell lists
    /// them: alternatives of a blank are unordered, so one that cannot be read
    /// as a formula goes first and the cell needs no apostrophe.
    public static func answersForCell(_ blanks: [[String]]) -> [[String]] {
        var blanks = blanks
        if var first = blanks.first, let lead = first.first, let c = lead.first, formulaStarts.contains(c),
           let safe = first.firstIndex(where: { !($0.first.map(formulaStarts.contains) ?? false) }) {
            first.swapAt(0, safe)
            blanks[0] = first
        }
        return blanks
    }

    /// What the CSV had to change in an explanation or accepted answer (CS0702).
    public static func separatorProblems(_ item: QuizItem) -> [Message] {
        var problems: [Message] = []
        if explanationParts(item).contains(where: { $0?.utf8.contains(UInt8(ascii: ";")) == true }) {
            problems.append("an explanation contains “;”, which the platform reads as the next choice's explanation; it is written as “,”")
        }
        guard item.type == .fillBlanks else { return problems }
        let answers = item.blanks.map(\.answers)
        for answer in answers.joined() {
            if answer.utf8.contains(UInt8(ascii: ";")) || answer.utf8.contains(UInt8(ascii: "|")) {
                problems.append("the accepted answer “\(answer)” contains “;” or “|”, which the platform reads as separators")
            }
            if inertTags(answer) != answer {
                problems.append("the accepted answer “\(answer)” looks like an HTML tag, which the platform would show as HTML; it is written with an invisible space after “<”")
            }
        }
        if let first = answersForCell(answers).first?.first, let c = first.first, formulaStarts.contains(c) {
            problems.append("the accepted answer “\(first)” starts like a spreadsheet formula and is written with a leading apostrophe")
        }
        return problems
    }

    /// Plain text for a cell the platform shows as HTML (explanations,
    /// answers): a `<` that would open a tag is followed by an invisible
    /// zero-width space, so the text reads the same and nothing in it is
    /// markup. (Entities cannot be used: the platform splits these cells on `;`.)
    public static func inertTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var out = ""
        var previousWasOpen = false
        for character in text {
            if previousWasOpen, character.isLetter || character == "/" || character == "!" || character == "?" {
                out.append("\u{200B}")
            }
            out.append(character)
            previousWasOpen = character == "<"
        }
        return out
    }
}
