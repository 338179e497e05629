import CourseKit
import Foundation

/// A quiz (or the assessment) as a question-import CSV, with what the
/// deployer must know about it.
struct QuizExport: Sendable {
    var csv: Data
    var questionCount: Int
    var choiceColumns: Int
    /// Serial numbers of questions whose empty choice cells the platform
    /// fills with placeholders to delete by hand.
    var placeholderSerials: [Int]
    var hasCommas: Bool

    /// Builds the CSV and reports the platform problems of `quiz` to `sink`.
    init(quiz: Quiz, sink: DiagnosticSink) {
        let rows = quiz.items.map(QuestionRow.init)
        // At least two columns: a true/false question always fills two.
        let columns = max(2, rows.map(\.choiceCount).max() ?? 0)
        var file = QuestionCSV(choiceColumns: columns)
        for (index, row) in rows.enumerated() { file.append(row, serial: index + 1) }
        csv = file.encoded()
        questionCount = rows.count
        choiceColumns = columns
        placeholderSerials = rows.indices.filter { rows[$0].type != .fillBlanks && rows[$0].choiceCount < columns }
            .map { $0 + 1 }
        hasCommas = rows.contains(where: \.hasComma)

        // One comma warning per quiz: per question it would drown the rest.
        let withCommas = quiz.items.indices.filter { rows[$0].hasComma }
        if let first = withCommas.first {
            let ids = withCommas.map { quiz.items[$0].id.value }
            sink.report(PlatformRules.commaInQuestionText, at: quiz.items[first].range,
                        "\(withCommas.count) question(s) of “\(quiz.title.value)” have commas in the question or choice text (\(Self.list(ids))); the CSV quotes them, but the platform's guidance asks for none")
        }
        for (item, row) in zip(quiz.items, rows) {
            for problem in row.separatorProblems {
                sink.report(PlatformRules.separatorInValue, at: item.id.range, "question “\(item.id.value)”: \(problem)")
            }
        }
        if let first = placeholderSerials.first {
            sink.report(PlatformRules.placeholderChoices, at: quiz.items[first - 1].range,
                        "“\(quiz.title.value)” mixes choice counts: question(s) \(placeholderSerials.map(String.init).joined(separator: ", ")) have fewer than \(columns) choices and get placeholder choices on the platform, to delete by hand after the import")
        }
    }

    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }
}
