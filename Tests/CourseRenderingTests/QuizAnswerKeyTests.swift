import Foundation
import Testing
@testable import CourseRendering

@Suite struct QuizAnswerKeyTests {
    /// What the hand-written writer replaced: JSONEncoder with sorted keys,
    /// then the characters that could end a `<script>` element escaped.
    private func reference(_ key: QuizAnswerKey) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(key), as: UTF8.self)
        var out = ""
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let awkward = "«¿Qué?» \"comillas\" \\ barra / a<b>&c </script> \n\r\t\u{01}\u{1F}\u{08}\u{0C} \u{2028}\u{2029} ñ 🙂"

    @Test func matchesJSONEncoderWithEveryFieldPresent() throws {
        let key = QuizAnswerKey(
            quizId: "q-\(Self.awkward)", mode: "diagnostic", passPercentage: 60, showAnswers: false, attempts: 2,
            items: [
                .init(id: "p1", domId: "pregunta-1", type: "choice", multiple: true, correct: [0, 2]),
                .init(id: "p2", domId: "pregunta-2", type: "true-false", trueOption: 1),
                .init(id: Self.awkward, domId: "pregunta-3", type: "fill-in",
                      blanks: [.init(answers: ["H₂O", Self.awkward, ""], match: "exact"), .init(answers: [], match: "contains")]),
            ])
        let json = key.json()
        #expect(json == (try reference(key)))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["quizId"] as? String == "q-\(Self.awkward)")
    }

    @Test func matchesJSONEncoderWithOptionalFieldsAbsentAndNoItems() throws {
        for key in [
            QuizAnswerKey(quizId: "practica", mode: "practice", passPercentage: 0, showAnswers: true, attempts: 0, items: []),
            QuizAnswerKey(quizId: "x", mode: "final", passPercentage: 100, showAnswers: false, attempts: 1,
                          items: [.init(id: "a", domId: "b", type: "choice")]),
        ] {
            #expect(key.json() == (try reference(key)))
        }
    }
}
