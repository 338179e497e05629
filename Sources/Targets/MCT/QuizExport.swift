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

    /// Builds the CSV. What it changes is reported by `coursec check`
    /// (`PlatformQuestionCheck`), from the same `PlatformQuestionText` rules.
    init(quiz: Quiz) {
        let rows = quiz.items.map(QuestionRow.init)
        let columns = PlatformQuestionText.choiceColumns(quiz)
        var file = QuestionCSV(choiceColumns: columns)
        for (index, row) in rows.enumerated() { file.append(row, serial: index + 1) }
        csv = file.encoded()
        questionCount = rows.count
        choiceColumns = columns
        placeholderSerials = PlatformQuestionText.placeholderSerials(quiz)
        hasCommas = quiz.items.contains(where: PlatformQuestionText.hasComma)
    }
}
