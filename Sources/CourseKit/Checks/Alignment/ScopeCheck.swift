/// Assessments only assess what the course teaches, and lessons stay
/// within the course's targets.
public struct ScopeCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AlignmentRules.assessedNotTaught, AlignmentRules.lessonOutsideTargets] }

    public func run(_ context: CheckContext) {
        let index = context.repository.curriculum
        for course in context.repository.courses {
            let alignment = CourseAlignment(course: course, index: index)
            for item in course.assessment?.items ?? [] {
                for code in item.objectives {
                    guard let entry = index.index(of: code.value), alignment.lessonCount(entry) == 0 else { continue }
                    context.sink.report(AlignmentRules.assessedNotTaught, at: code.range,
                                        "question '\(item.id.value)' assesses '\(code.value)', which no lesson of course '\(course.id.value)' teaches")
                }
            }
            guard alignment.hasTargets else { continue }
            // A code is in scope when it is a target, inside one, or a broader
            // item (a field) that contains a target.
            let targets = Set((alignment.competencyTargets + alignment.syllabusTargets.flatMap(\.targets)).map(\.entry))
            var broader = Set<Int>()
            for entry in targets { broader.formUnion(index.selfAndAncestors(entry)) }
            let written = course.targets.competencies.map(\.value) + course.targets.syllabus.flatMap { $0.codes.map(\.value) }
            for lesson in alignment.lessons {
                for code in lesson.objectives {
                    guard let entry = index.index(of: code.value),
                          !broader.contains(entry), !index.selfAndAncestors(entry).contains(where: targets.contains) else { continue }
                    context.sink.report(AlignmentRules.lessonOutsideTargets, at: code.range,
                                        "lesson '\(lesson.id.value)' addresses '\(code.value)', which is not among the targets of course '\(course.id.value)' (\(written.joined(separator: ", ")))")
                }
            }
        }
    }
}
