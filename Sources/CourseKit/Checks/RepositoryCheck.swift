/// A check of what spans courses: the repository's own settings (its
/// manifest, frameworks, phases and policy) and facts gathered from every
/// course (`CourseSummary`). `CourseCheck`s read one batch of courses at a
/// time (`CourseBatches`); these run once per run, after every batch, so
/// what they report does not depend on how the courses were grouped.
public protocol RepositoryCheck: Sendable {
    /// The rules this check can report, for the registry and docs.
    var rules: [Rule] { get }
    func run(_ context: RepositoryCheckContext)
}

/// What a repository check sees: the repository's settings and one summary
/// per course, in the order of `coursec.yaml` (never a course's lessons).
public struct RepositoryCheckContext: Sendable {
    /// The repository without its courses: name, frameworks, phases, policy.
    public let settings: Repository
    public let courses: [CourseSummary]
    public let sink: DiagnosticSink
    /// Where KaTeX is installed on this machine (pages bundle it).
    public let katex: KaTeXInstallation

    public init(settings: Repository, courses: [CourseSummary], sink: DiagnosticSink, katex: KaTeXInstallation = .debian) {
        var settings = settings
        settings.courses = []
        self.settings = settings
        self.courses = courses
        self.sink = sink
        self.katex = katex
    }

    public var policy: Policy { settings.policy }
}

/// What the repository checks need to know of one course, kept when its
/// batch is done with.
public struct CourseSummary: Sendable {
    public var id: Located<String>
    /// The course's first math: in its lessons, else in its quizzes and
    /// assessment, in outline order.
    public var firstMath: SourceRange?

    public init(_ course: Course) {
        id = course.id
        firstMath = course.lessons.lazy.compactMap { $0.markdown.math.first?.range }.first
            ?? (course.quizzes + [course.assessment].compactMap { $0 }).lazy.compactMap { $0.markdown.math.first?.range }.first
    }
}
