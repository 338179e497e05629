/// Ids must be unique where they identify something: courses in the
/// repository, phases, frameworks (a repository check); lessons, quizzes and
/// questions in a course (a course check).
public struct DuplicateIDCheck: CourseCheck, RepositoryCheck {
    public init() {}
    public var rules: [Rule] { [Rules.duplicateID] }

    public func run(_ context: RepositoryCheckContext) {
        let repo = context.settings
        report(context.courses.map(\.id), what: "course", context.sink)
        report(repo.phases.map { Located($0.id, at: $0.range) }, what: "phase", context.sink)
        report(repo.frameworks.map(\.id), what: "framework", context.sink)
    }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            var elements = course.items.map(\.id)
            if let assessment = course.assessment { elements.append(assessment.id) }
            report(elements, what: "lesson or quiz", context.sink)
            let quizzes = course.quizzes + [course.assessment].compactMap { $0 }
            report(quizzes.flatMap { $0.items.map(\.id) }, what: "question", context.sink)
        }
    }

    private func report(_ ids: [Located<String>], what: Message, _ sink: DiagnosticSink) {
        var first: [String: SourceRange] = [:]
        for id in ids {
            if let earlier = first[id.value] {
                sink.report(Rules.duplicateID, at: id.range, "\(what) id '\(id.value)' is already used",
                            notes: [.init(range: earlier, message: "'\(id.value)' is first used here")])
            } else {
                first[id.value] = id.range
            }
        }
    }
}
