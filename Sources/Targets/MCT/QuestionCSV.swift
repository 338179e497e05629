import CourseText
import CourseKit
import Foundation

/// The platform's question-import file: a header row and one row per
/// question, written as RFC 4180 CSV (comma separator, CRLF line ends,
/// fields quoted when they contain a comma, a quote or a line break, quotes
/// doubled) in UTF-8 with a byte-order mark, so that spreadsheet software
/// opens accents correctly instead of guessing a legacy code page.
struct QuestionCSV {
    /// Number of `Choice n` columns: the same in every row.
    let choiceColumns: Int
    var rows: [[String]] = []

    init(choiceColumns: Int) {
        self.choiceColumns = choiceColumns
    }

    var header: [String] {
        ["Serial Number", "Question Type", "Question Text"]
            + (0..<choiceColumns).map { "Choice \($0 + 1)" }
            + ["Correct Answer", "Answer Explanation", "Match Criterion"]
    }

    mutating func append(_ row: QuestionRow, serial: Int) {
        var choices = row.choices
        choices += Array(repeating: "", count: max(0, choiceColumns - choices.count))
        rows.append([String(serial), row.type.platformName, row.text] + choices
                    + [row.correctAnswer, row.explanation, row.matchCriterion])
    }

    func encoded() -> Data {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map(Self.field).joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    /// One field. Line breaks never reach a cell (the row builder turns them
    /// into `<br>`); any that slipped through are turned here too, because
    /// the platform's importer reads one question per physical line.
    static func field(_ value: String) -> String {
        var value = value
        // Byte tests: every cell of every question passes here, and the
        // characters looked for are ASCII.
        if value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            value = value.replacingOccurrences(of: "\r\n", with: "<br>")
                .replacingOccurrences(of: "\n", with: "<br>").replacingOccurrences(of: "\r", with: "<br>")
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static var formulaStarts: Set<Character> { SpreadsheetCell.formulaStarts }

    /// A rich-text cell is defused by wrapping it in a `<span>`: it renders
    /// the same, and no longer starts with a formula character.
    static func defusedHTML(_ html: String) -> String {
        guard let first = html.first, formulaStarts.contains(first) else { return html }
        return "<span>" + html + "</span>"
    }

    /// A plain-text cell is defused the usual way (OWASP), with a leading
    /// apostrophe, which spreadsheet software reads as "this is text".
    static func defusedPlain(_ text: String) -> String {
        SpreadsheetCell.defused(text)
    }
}
