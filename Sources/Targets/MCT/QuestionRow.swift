import CourseKit
import Foundation

/// One question as the platform's CSV wants it, written from the question's
/// resolved form with the rules of `PlatformQuestionText` (which
/// `coursec check` reports from).
struct QuestionRow {
    var type: QuizItem.QuestionType
    var text: String
    var choices: [String]
    var correctAnswer: String
    var explanation: String
    var matchCriterion: String
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
            let blanks = item.blanks.map { (answers: $0.answers, match: $0.match) }
            correctAnswer = ""
            explanation = ""
            correctAnswer = Self.fillAnswer(blanks.map(\.answers))
            matchCriterion = blanks.map(\.match.rawValue).joined(separator: "|")
            explanation = Self.explanationCell(PlatformQuestionText.explanationParts(item))
        case .trueFalse:
            text = PlatformText.richText(item.stem)
            choices = ["TRUE", "FALSE"]
            // Decided once, from the marked option's wording (QuestionResolver).
            if case .trueFalse(let isTrue, _) = item.resolved.answer { correctAnswer = isTrue ? "TRUE" : "FALSE" }
            else { correctAnswer = "" }
            explanation = "" // the platform takes no explanation for true/false
        case .single, .multiple:
            text = PlatformText.richText(item.stem)
            choices = item.options.map { QuestionCSV.defusedHTML(PlatformText.richText($0.text)) }
            correctAnswer = item.resolved.rightOptions.map { String($0 + 1) }.joined(separator: ";")
            explanation = ""
            explanation = Self.explanationCell(PlatformQuestionText.explanationParts(item))
        }
        text = QuestionCSV.defusedHTML(text)
    }

    /// One plain-text explanation per choice (resolved: markup removed,
    /// math readable), joined by `;`; empty when no choice has one.
    static func explanationCell(_ parts: [String?]) -> String {
        guard parts.contains(where: { !($0 ?? "").isEmpty }) else { return "" }
        let texts = parts.map { part in
            PlatformText.plainCell(part ?? "").replacingOccurrences(of: ";", with: ",")
        }
        return QuestionCSV.defusedPlain(texts.joined(separator: ";"))
    }

    static func fillAnswer(_ blanks: [[String]]) -> String {
        let cell = PlatformQuestionText.answersForCell(blanks)
            .map { $0.map(PlatformQuestionText.inertTags).joined(separator: ";") }.joined(separator: "|")
        return QuestionCSV.defusedPlain(cell)
    }
}
