/// One course: its settings from `course.yaml` and its ordered content.
public struct Course: Sendable {
    public enum Enrollment: String, Sendable, CaseIterable, Codable {
        case auto, `self`, admin
    }

    public struct PlatformSettings: Sendable, Codable, Hashable {
        public var enrollment: Enrollment = .`self`
        public var certificate = false
        public var restrictLessonOrdering = false
        public init() {}
    }

    public struct Targets: Sendable {
        /// Curriculum codes the course must cover, as written.
        public var competencies: [Located<String>] = []
        /// Per subsystem, the syllabus codes the course maps to.
        public var syllabus: [(subsystem: Located<String>, codes: [Located<String>])] = []
        public init() {}
    }

    public var id: Located<String>
    /// Folder of the course, relative to the repository root.
    public var folder: String
    public var title: Located<String>
    public var description: String
    public var language: String
    public var subject: String
    public var grades: [Int]
    public var educationModels: [String]
    public var subsystems: [String]
    public var version: Located<SemanticVersion>
    public var platform: PlatformSettings
    /// Repository-relative path of the thumbnail image.
    public var thumbnail: Located<String>?
    public var targets: Targets
    public var units: [CourseUnit] { didSet { refreshOutline() } }
    public var assessment: Quiz?
    public var range: SourceRange

    public init(id: Located<String>, folder: String, title: Located<String>, description: String = "",
                language: String = "es-MX", subject: String = "", grades: [Int] = [],
                educationModels: [String] = [], subsystems: [String] = [],
                version: Located<SemanticVersion>, platform: PlatformSettings = .init(),
                thumbnail: Located<String>? = nil, targets: Targets = .init(), units: [CourseUnit] = [],
                assessment: Quiz? = nil, range: SourceRange) {
        self.id = id
        self.folder = folder
        self.title = title
        self.description = description
        self.language = language
        self.subject = subject
        self.grades = grades
        self.educationModels = educationModels
        self.subsystems = subsystems
        self.version = version
        self.platform = platform
        self.thumbnail = thumbnail
        self.targets = targets
        self.units = units
        self.assessment = assessment
        self.range = range
        refreshOutline()
    }

    /// Every lesson and quiz in outline order.
    /// The outline flattened, and its lessons and quizzes: every check reads
    /// them, so they are kept up to date when `units` changes rather than
    /// rebuilt on each read.
    public private(set) var items: [OutlineItem] = []
    public private(set) var lessons: [Lesson] = []
    public private(set) var quizzes: [Quiz] = []

    private mutating func refreshOutline() {
        items = units.flatMap(\.items)
        lessons = items.compactMap(\.lesson)
        quizzes = items.compactMap(\.quiz)
    }
}
