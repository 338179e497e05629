/// Ids that point at other elements must exist: `since` names a phase,
/// `review-of` names a lesson of the same course.
public struct ReferenceCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [Rules.unknownReference] }

    public func run(_ context: CheckContext) {
        let phases = context.phaseIDs
        for course in context.repository.courses {
            let lessonIDs = course.lessons.map(\.id.value)
            let lessonSet = Set(lessonIDs)
            for item in course.items + [course.assessment.map(OutlineItem.quiz)].compactMap({ $0 }) {
                if let since = item.since, !phases.contains(since.value) {
                    let hint: Message = Suggestion.closest(to: since.value, in: phases).map { "; did you mean '\($0)'?" }
                        ?? (phases.isEmpty ? "" : " (phases: \(phases.joined(separator: ", ")))")
                    context.sink.report(Rules.unknownReference, at: since.range,
                                        "`since` names phase '\(since.value)', which coursec.yaml does not declare\(hint)")
                }
            }
            for lesson in course.lessons {
                for target in lesson.reviewOf where !lessonSet.contains(target.value) {
                    let hint: Message = Suggestion.closest(to: target.value, in: lessonIDs).map { "; did you mean '\($0)'?" } ?? ""
                    context.sink.report(Rules.unknownReference, at: target.range,
                                        "`review-of` names lesson '\(target.value)', which is not in course '\(course.id.value)'\(hint)")
                }
            }
        }
    }
}
