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

    /// Deterministic, script-safe JSON: keys sorted, `/` unescaped, and
    /// `<`, `>`, `&`, U+2028, U+2029 escaped so the text cannot end the
    /// `<script>` element it sits in. Written by hand: JSONEncoder was 3% of
    /// a full build (every quiz page of every package carries a key). A test
    /// holds it to JSONEncoder's output with `.sortedKeys`.
    func json() -> String {
        let out = ScriptJSON()
        out.object {
            out.field("attempts") { out.number(attempts) }
            out.field("items") {
                out.array(items) { item in
                    out.object {
                        if let blanks = item.blanks {
                            out.field("blanks") {
                                out.array(blanks) { blank in
                                    out.object {
                                        out.field("answers") { out.array(blank.answers) { out.string($0) } }
                                        out.field("match") { out.string(blank.match) }
                                    }
                                }
                            }
                        }
                        if let correct = item.correct { out.field("correct") { out.array(correct) { out.number($0) } } }
                        out.field("domId") { out.string(item.domId) }
                        out.field("id") { out.string(item.id) }
                        if let multiple = item.multiple { out.field("multiple") { out.bool(multiple) } }
                        if let trueOption = item.trueOption { out.field("trueOption") { out.number(trueOption) } }
                        out.field("type") { out.string(item.type) }
                    }
                }
            }
            out.field("mode") { out.string(mode) }
            out.field("passPercentage") { out.number(passPercentage) }
            out.field("quizId") { out.string(quizId) }
            out.field("showAnswers") { out.bool(showAnswers) }
        }
        return out.text
    }
}
