/// Spiral review: `review-of` points back, never forward, and a course may
/// be required to have a minimum share of review lessons.
public struct ReviewCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AlignmentRules.reviewNotEarlier, AlignmentRules.tooLittleReview] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            let lessons = course.lessons
            var position: [String: Int] = [:]
            for (n, lesson) in lessons.enumerated() where position[lesson.id.value] == nil { position[lesson.id.value] = n }
            for (n, lesson) in lessons.enumerated() {
                // Unknown ids are ReferenceCheck's (CS0104) to report.
                for target in lesson.reviewOf {
                    guard let p = position[target.value], p >= n else { continue }
                    let why: Message = p == n ? "a lesson cannot review itself" : "'\(target.value)' comes later in the outline"
                    context.sink.report(AlignmentRules.reviewNotEarlier, at: target.range,
                                        "lesson '\(lesson.id.value)' reviews '\(target.value)', but \(why); review only earlier lessons")
                }
            }
            let published = lessons.filter { !$0.draft }
            let minShare = context.policy.double("min-share", for: AlignmentRules.tooLittleReview,
                                                 at: course.id.range.file, default: 0)
            guard minShare > 0, !published.isEmpty else { continue }
            let reviews = published.filter { !$0.reviewOf.isEmpty }.count
            let share = Double(reviews) * 100 / Double(published.count)
            if share + 1e-9 < minShare {
                context.sink.report(AlignmentRules.tooLittleReview, at: course.id.range,
                                    "\(reviews) of \(published.count) lessons of course '\(course.id.value)' are review lessons (\(BlueprintCheck.format(share))%); the policy asks for at least \(BlueprintCheck.format(minShare))%")
            }
        }
    }
}
