import CourseKit
import CourseRendering

/// One SCO of a package: a page that reports to the LMS. A lesson, a
/// practice quiz, or one of the two publications of the assessment (the
/// diagnostic and the final share the quiz and differ only in mode, page,
/// title and identifiers).
struct SCORMSCO: Sendable {
    enum Content: Sendable {
        case lesson(Lesson)
        case quiz(Quiz, QuizPageMode)
    }

    var content: Content

    var sourceID: String {
        switch content {
        case .lesson(let lesson): lesson.id.value
        case .quiz(let quiz, _): quiz.id.value
        }
    }

    /// `lesson`, `quiz`, `diagnostic` or `final`: keeps identifiers and
    /// paths of different kinds apart even when two ids are equal.
    var kind: String {
        switch content {
        case .lesson: "lesson"
        case .quiz(_, let mode): mode == .practice ? "quiz" : mode.rawValue
        }
    }

    /// The author's title, where it was written (for diagnostics).
    var sourceTitle: Located<String> {
        switch content {
        case .lesson(let lesson): lesson.title
        case .quiz(let quiz, _): quiz.title
        }
    }

    /// Where the page lives in the package. Every page is one folder deep,
    /// so all of them reach the shared assets with the same prefix.
    var pagePath: String {
        switch content {
        case .lesson: "lessons/\(SCORMNaming.fileName(sourceID)).html"
        case .quiz(_, .practice): "quizzes/\(SCORMNaming.fileName(sourceID)).html"
        case .quiz(_, let mode): "assessment/\(mode.rawValue).html"
        }
    }

    static let assetPrefix = "../"

    /// `adlcp:masteryscore`: the pass percentage the page scores against.
    var masteryScore: Int? {
        switch content {
        case .lesson: nil
        case .quiz(let quiz, _): min(100, max(0, quiz.settings.passPercentage))
        }
    }
}
