/// Ids must be unique where they identify something: courses in the
/// repository, phases, frameworks; lessons, quizzes and questions in a course.
public struct DuplicateIDCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [Rules.duplicateID] }

    public func run(_ context: CheckContext) {
        let repo = context.repository
        report(repo.courses.map(\.id), what: "course", context)
        report(repo.phases.map { Located($0.id, at: $0.range) }, what: "phase", context)
        report(repo.frameworks.map(\.id), what: "framework", context)
        for course in repo.courses {
            var elements = course.items.map(\.id)
            if let assessment = course.assessment { elements.append(assessment.id) }
            report(elements, what: "lesson or quiz", context)
            let quizzes = course.quizzes + [course.assessment].compactMap { $0 }
            report(quizzes.flatMap { $0.items.map(\.id) }, what: "question", context)
        }
    }

    private func report(_ ids: [Located<String>], what: Message, _ context: CheckContext) {
        var first: [String: SourceRange] = [:]
        for id in ids {
            if let earlier = first[id.value] {
                context.sink.report(Rules.duplicateID, at: id.range, "\(what) id '\(id.value)' is already used",
                                    notes: [.init(range: earlier, message: "'\(id.value)' is first used here")])
            } else {
                first[id.value] = id.range
            }
        }
    }
}
