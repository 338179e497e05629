import CourseKit
import Foundation

/// `course.json`: everything about a course that the bulk upload cannot
/// carry, for the deployer (and for tools that automate the portal later).
/// Keys are sorted and nothing depends on the clock or the machine, so the
/// file changes only when the course does.
struct CourseDetails: Encodable {
    struct Assessment: Encodable {
        var id: String
        var title: String
        var csv: String
        var questions: Int
        var passPercentage: Int
        var attempts: Int
        var shuffle: Bool
        var showAnswers: Bool
        /// Published twice with identical questions, so scores are comparable.
        var publishedAs: [String]
    }

    struct OutlineEntry: Encodable {
        var number: String
        /// `diagnostic`, `lesson`, `link`, `quiz` or `final`.
        var kind: String
        var id: String
        var title: String
        var platformName: String
        var unit: String?
        var lessonKind: String?
        /// For the HTML lesson that carries the body of the next one (a
        /// video, a PDF, a link…): that lesson's platform name.
        var introduces: String?
        /// Lesson file inside the course folder of `courses.zip`.
        var file: String?
        var csv: String?
        var questions: Int?
        var url: String?
        var provider: String?
        var tags: [String]?
        var subtitles: [String: String]?
        /// Questions the platform gives placeholder choices (delete after import).
        var placeholderQuestions: [Int]?
    }

    /// Progress rate on the platform = completed ÷ (lessons + quizzes), so
    /// these are the denominators analytics will use.
    struct Counts: Encodable {
        var lessons: Int
        var lessonsInUpload: Int
        var externalLinks: Int
        var practiceQuizzes: Int
        /// Diagnostic and final.
        var assessments: Int
        var quizzes: Int
        var total: Int
    }

    struct PhaseInfo: Encodable {
        var id: String
        var title: String
    }

    var format = "coursec-mct-course/1"
    var id: String
    var title: String
    var platformName: String
    var description: String
    var language: String
    var version: String
    var phase: PhaseInfo
    var uploadFolder: String
    var thumbnail: String?
    var enrollment: String
    var certificate: Bool
    var restrictLessonOrdering: Bool
    /// Translations are added on the platform; a course whose enrollment is
    /// "auto" cannot have any.
    var translations: [String]
    var translatable: Bool
    var assessment: Assessment?
    var outline: [OutlineEntry]
    var counts: Counts

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
