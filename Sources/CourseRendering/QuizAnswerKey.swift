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
        let out = JSONText()
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

/// A compact JSON writer for `QuizAnswerKey`; strings are escaped for JSON
/// and for an HTML `<script>` element at once.
private final class JSONText {
    private(set) var text = ""
    private var needsComma = false

    func object(_ body: () -> Void) {
        text += "{"
        needsComma = false
        body()
        text += "}"
        needsComma = true
    }

    func array<T>(_ values: [T], _ element: (T) -> Void) {
        text += "["
        needsComma = false
        for value in values {
            if needsComma { text += "," }
            element(value)
            needsComma = true
        }
        text += "]"
        needsComma = true
    }

    func field(_ name: String, _ value: () -> Void) {
        if needsComma { text += "," }
        string(name)
        text += ":"
        value()
        needsComma = true
    }

    func number(_ value: Int) { text += String(value) }
    func bool(_ value: Bool) { text += value ? "true" : "false" }

    func string(_ value: String) {
        text += "\""
        // Ids and answers rarely need escaping: append them whole when no
        // byte could (0xE2 leads U+2028 and U+2029).
        var bytes = value
        let plain = bytes.withUTF8 { buffer in
            !buffer.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        }
        if plain {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
