import CourseKit
import Foundation

/// One question as the platform's CSV wants it, plus what the row builder
/// had to compromise on, for diagnostics and the deployment checklist.
struct QuestionRow {
    var type: QuizItem.QuestionType
    var text: String
    var choices: [String]
    var correctAnswer: String
    var explanation: String
    var matchCriterion: String
    /// The question or a choice contains a comma (CS0701).
    var hasComma = false
    /// Separator or formula problems in explanations and answers (CS0702).
    var separatorProblems: [String] = []

    /// Choices the question really has (0 for fill in the blanks).
    var choiceCount: Int { type == .fillBlanks ? 0 : choices.count }

    /// Stands for a blank while the stem goes through the Markdown renderer
    /// (a private-use character no author types).
    static let blankMark = "\u{E000}"

    init(_ item: QuizItem) {
        type = item.type
        matchCriterion = ""
        switch item.type {
        case .fillBlanks:
            var html = PlatformText.richText(item.stem(replacingBlanksWith: Self.blankMark))
            // A literal `|` would count as one more blank: write it as a
            // character reference, which the rich text shows as `|`.
            if html.utf8.contains(UInt8(ascii: "|")) { html = html.replacingOccurrences(of: "|", with: "&#124;") }
            text = html.replacingOccurrences(of: Self.blankMark, with: "|")
            choices = []
            let blanks = item.blanks.isEmpty
                ? BlankSyntax.occurrences(in: item.stem).map { (answers: $0.answers, match: $0.match) }
                : item.blanks.map { (answers: $0.answers, match: $0.match) }
            correctAnswer = ""
            explanation = ""
            correctAnswer = fillAnswer(blanks.map(\.answers))
            matchCriterion = blanks.map(\.match.rawValue).joined(separator: "|")
            explanation = explanationCell([item.explanation])
        case .trueFalse:
            text = PlatformText.richText(item.stem)
            choices = ["TRUE", "FALSE"]
            let trueIndex = Self.trueOptionIndex(item.options)
            let right = item.options.firstIndex(where: \.isCorrect)
            correctAnswer = right == trueIndex ? "TRUE" : "FALSE"
            explanation = "" // the platform takes no explanation for true/false
        case .single, .multiple:
            text = PlatformText.richText(item.stem)
            choices = item.options.map { QuestionCSV.defusedHTML(PlatformText.richText($0.text)) }
            correctAnswer = item.options.indices.filter { item.options[$0].isCorrect }
                .map { String($0 + 1) }.joined(separator: ";")
            explanation = ""
            explanation = explanationCell(item.options.map { $0.explanation ?? item.explanation })
        }
        text = QuestionCSV.defusedHTML(text)
        // Byte tests (Foundation's `contains` on strings showed in profiles).
        let comma = UInt8(ascii: ",")
        hasComma = text.utf8.contains(comma) || (type != .trueFalse && choices.contains { $0.utf8.contains(comma) })
    }

    /// One plain-text explanation per choice, joined by `;`; empty when no
    /// choice has one.
    private mutating func explanationCell(_ parts: [String?]) -> String {
        guard parts.contains(where: { !($0 ?? "").isEmpty }) else { return "" }
        let texts = parts.map { part -> String in
            let text = PlatformText.plainText(part ?? "")
            guard text.utf8.contains(UInt8(ascii: ";")) else { return text }
            separatorProblems.append("an explanation contains “;” (written as “,”)")
            return text.replacingOccurrences(of: ";", with: ",")
        }
        return QuestionCSV.defusedPlain(texts.joined(separator: ";"))
    }

    private mutating func fillAnswer(_ blanks: [[String]]) -> String {
        var blanks = blanks
        for answers in blanks.joined() where answers.contains(";") || answers.contains("|") {
            separatorProblems.append("the accepted answer “\(answers)” contains “;” or “|”")
        }
        // Alternatives of a blank are unordered: list first one that cannot
        // be read as a formula, so the cell needs no apostrophe.
        if var first = blanks.first, let lead = first.first, let c = lead.first, QuestionCSV.formulaStarts.contains(c),
           let safe = first.firstIndex(where: { !($0.first.map(QuestionCSV.formulaStarts.contains) ?? false) }) {
            first.swapAt(0, safe)
            blanks[0] = first
        }
        let cell = blanks.map { $0.joined(separator: ";") }.joined(separator: "|")
        let defused = QuestionCSV.defusedPlain(cell)
        if defused != cell {
            separatorProblems.append("the accepted answer “\(blanks[0][0])” starts like a formula and is written with a leading apostrophe")
        }
        return defused
    }

    /// Which option means "true": recognised by its text (Spanish and
    /// English), otherwise the first option, as authors write them.
    static func trueOptionIndex(_ options: [QuizItem.Option]) -> Int {
        let trueWords: Set<String> = ["verdadero", "verdadera", "cierto", "cierta", "true", "v", "sí", "si", "correcto"]
        let falseWords: Set<String> = ["falso", "falsa", "false", "f", "no", "incorrecto"]
        func word(_ o: QuizItem.Option) -> String {
            o.text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        }
        if let i = options.firstIndex(where: { trueWords.contains(word($0)) }) { return i }
        if let i = options.firstIndex(where: { falseWords.contains(word($0)) }) { return i == 0 ? 1 : 0 }
        return 0
    }
}
