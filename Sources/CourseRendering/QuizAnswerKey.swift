import Foundation

/// The answer key a quiz page carries for `quiz.js`, as JSON in
/// `<script type="application/json" id="coursec-quiz">` (documented in
/// docs/outputs.md). Option indices are 0-based in page order.
struct QuizAnswerKey: Encodable {
    struct Blank: Encodable {
        var answers: [String]
        /// `exact` (trimmed, case-insensitive) or `contains`.
        var match: String
    }

    struct Item: Encodable {
        var id: String
        var domId: String
        /// `choice`, `true-false` or `fill-in` (SCORM 1.2 interaction types).
        var type: String
        var multiple: Bool?
        var correct: [Int]?
        /// For true-false: the index of the "true" option.
        var trueOption: Int?
        var blanks: [Blank]?
    }

    var quizId: String
    var mode: String
    var passPercentage: Int
    var showAnswers: Bool
    /// Attempts allowed in the page; 0 is unlimited (practice).
    var attempts: Int
    var items: [Item]

    /// Deterministic, script-safe JSON.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return HTMLText.scriptSafeJSON(String(decoding: data, as: UTF8.self))
    }
}
