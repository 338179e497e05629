/// A whole course repository: what `coursec.yaml` declares and everything it
/// leads to. The one model every check and every output target reads.
public struct Repository: Sendable {
    public var name: String
    public var language: String
    public var frameworks: [Framework] {
        didSet { curriculum = CurriculumIndex(frameworks: frameworks) }
    }
    /// The frameworks' codes, indexed once for every alignment check.
    public private(set) var curriculum: CurriculumIndex
    public var phases: [Phase]
    public var courses: [Course]
    public var policy: Policy
    /// The `coursec.yaml` file, for diagnostics about the repository itself.
    public var manifestRange: SourceRange

    public init(name: String, language: String, frameworks: [Framework] = [], phases: [Phase] = [],
                courses: [Course] = [], policy: Policy = Policy(), manifestRange: SourceRange = .file("coursec.yaml")) {
        self.name = name
        self.language = language
        self.frameworks = frameworks
        self.curriculum = CurriculumIndex(frameworks: frameworks)
        self.phases = phases
        self.courses = courses
        self.policy = policy
        self.manifestRange = manifestRange
    }

    /// Every inline suppression of every lesson and quiz.
    public var suppressions: [Suppression] {
        courses.flatMap { course in
            course.items.flatMap { item -> [Suppression] in
                switch item {
                case .lesson(let lesson): lesson.suppressions
                case .quiz(let quiz): quiz.suppressions
                }
            } + (course.assessment?.suppressions ?? [])
        }
    }

    public func phase(id: String) -> Phase? { phases.first { $0.id == id } }

    /// Index of a phase in publication order, for "at or before" comparisons.
    public func phaseIndex(_ id: String) -> Int? { phases.firstIndex { $0.id == id } }
}
