import CourseKit

/// One item as results need it: its id, key, competencies and where its
/// `{#id …}` attribute is written (flags are reported there).
public struct KeyedItem: Sendable {
    public var id: String
    public var key: ItemKey
    public var objectives: [String]
    /// The item's id in the assessment's Markdown; nil when unknown.
    public var location: SourceRange?

    public init(id: String, key: ItemKey, objectives: [String], location: SourceRange?) {
        self.id = id
        self.key = key
        self.objectives = objectives
        self.location = location
    }
}

/// The keys of one quiz or of the assessment, in source order.
public struct QuizKey: Sendable {
    public var id: String
    public var title: String
    public var isAssessment: Bool
    /// Repository-relative path of its Markdown file, when known.
    public var path: String?
    public var items: [KeyedItem]

    public init(id: String, title: String, isAssessment: Bool, path: String?, items: [KeyedItem]) {
        self.id = id
        self.title = title
        self.isAssessment = isAssessment
        self.path = path
        self.items = items
    }

    public init(_ quiz: Quiz) {
        self.init(id: quiz.id.value, title: quiz.title.value, isAssessment: quiz.kind == .assessment, path: quiz.path,
                  items: quiz.items.map {
                      KeyedItem(id: $0.id.value, key: ItemKey($0), objectives: $0.objectives.map(\.value), location: $0.id.range)
                  })
    }
}

/// Everything a course's responses are scored against: the assessment
/// (published as the diagnostic and the final) and the practice quizzes,
/// from the sources or from a release's content snapshot.
public struct AnswerKeys: Sendable {
    public var courseID: String
    public var courseTitle: String
    public var version: String
    public var assessment: QuizKey?
    public var quizzes: [QuizKey]
    /// Where the keys come from, for the report ("fuentes", a release's phase).
    public var origin: String

    public init(courseID: String, courseTitle: String, version: String, assessment: QuizKey?, quizzes: [QuizKey],
                origin: String) {
        self.courseID = courseID
        self.courseTitle = courseTitle
        self.version = version
        self.assessment = assessment
        self.quizzes = quizzes
        self.origin = origin
    }

    /// The keys of a (phase-filtered) course of the model.
    public init(course: Course, origin: String) {
        self.init(courseID: course.id.value, courseTitle: course.title.value, version: course.version.value.description,
                  assessment: course.assessment.map(QuizKey.init), quizzes: course.quizzes.map(QuizKey.init), origin: origin)
    }
}
