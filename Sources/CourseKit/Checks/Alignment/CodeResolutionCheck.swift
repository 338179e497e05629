/// Every curriculum code a repository writes must resolve to exactly one
/// framework item: in course targets, lesson objectives, question
/// objectives and assessment blueprints.
public struct CodeResolutionCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AlignmentRules.unknownCode, AlignmentRules.ambiguousCode] }

    public func run(_ context: CheckContext) {
        let index = context.repository.curriculum
        for course in context.repository.courses {
            var codes = course.targets.competencies + course.targets.syllabus.flatMap(\.codes)
            for lesson in course.lessons { codes += lesson.objectives }
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) {
                for item in quiz.items { codes += item.objectives }
                codes += quiz.blueprint.map(\.code)
            }
            for code in codes { check(code, index, context.sink) }
        }
    }

    private func check(_ code: Located<String>, _ index: CurriculumIndex, _ sink: DiagnosticSink) {
        switch index.resolve(code.value) {
        case .found: return
        case .unknown(let suggestion):
            let hint: Message = suggestion.map { "; did you mean '\($0)'?" }
                ?? (index.isEmpty ? " (coursec.yaml declares no `frameworks`)" : "")
            sink.report(AlignmentRules.unknownCode, at: code.range,
                        "code '\(code.value)' is not in any framework of the repository\(hint)")
        case .unknownFramework(let framework, let suggestion):
            let hint: Message = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            sink.report(AlignmentRules.unknownCode, at: code.range,
                        "'\(code.value)' names framework '\(framework)', which coursec.yaml does not declare\(hint)")
        case .ambiguous(let candidates):
            sink.report(AlignmentRules.ambiguousCode, at: code.range,
                        "code '\(code.value)' is in several frameworks; write one of \(candidates.joined(separator: ", "))")
        }
    }
}
