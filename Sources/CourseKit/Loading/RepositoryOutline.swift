/// A repository as `coursec.yaml` and each `course.yaml` declare it, before
/// any lesson or quiz is read: its settings, its courses with their units
/// (but no items), and which Markdown file each course will load. Loading
/// it reports everything that spans courses in the files themselves (a file
/// named in two outlines, a course folder without course.yaml, files no
/// outline names), so that the courses can then be loaded, checked and
/// built a few at a time (`CourseBatches`) without any of them needing
/// another's lessons.
public struct RepositoryOutline: Sendable {
    /// The repository's settings and its courses as declared, without
    /// lessons, quizzes or assessments.
    public let declared: Repository
    /// Each course's declaration and files, in the order of `declared.courses`.
    let drafts: [CourseFileLoader.Draft]
    /// Bytes of each course's Markdown files (0 for one that is missing), to
    /// size batches by.
    let sourceBytes: [Int]

    /// An empty repository (no usable `coursec.yaml`): nothing to load.
    static func empty() -> RepositoryOutline {
        RepositoryOutline(declared: Repository(name: "", language: "es"), drafts: [], sourceBytes: [])
    }

    /// The repository with `courses` in place of the declared ones: what a
    /// batch's checks and targets see.
    public func repository(with courses: [Course]) -> Repository {
        var repository = declared
        repository.courses = courses
        return repository
    }
}
