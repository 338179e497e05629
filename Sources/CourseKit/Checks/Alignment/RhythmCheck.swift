/// Course size within the policy's bounds, and a practice quiz at least
/// every `every` lessons.
public struct RhythmCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { RhythmRules.all }

    public func run(_ context: CheckContext) {
        let policy = context.policy
        for course in context.repository.courses {
            let path = course.id.range.file
            let items = course.items.filter { !$0.isDraft }
            let count = items.count
            let min = policy.integer("min", for: RhythmRules.courseTooSmall, at: path, default: 60)
            let max = policy.integer("max", for: RhythmRules.courseTooLarge, at: path, default: 300)
            let lessons = items.filter { $0.lesson != nil }.count
            let summary: Message = "\(count) lessons and practice quizzes (\(lessons) lessons, \(count - lessons) quizzes)"
            if count < min {
                context.sink.report(RhythmRules.courseTooSmall, at: course.id.range,
                                    "course '\(course.id.value)' has \(summary); the policy asks for at least \(min)")
            }
            if count > max {
                context.sink.report(RhythmRules.courseTooLarge, at: course.id.range,
                                    "course '\(course.id.value)' has \(summary); the policy allows at most \(max)")
            }
            let every = Swift.max(1, policy.integer("every", for: RhythmRules.practiceRhythm, at: path, default: 3))
            var run = 0
            for item in items {
                guard let lesson = item.lesson else { run = 0; continue }
                run += 1
                if run == every + 1 {
                    context.sink.report(RhythmRules.practiceRhythm, at: lesson.id.range,
                                        "lesson '\(lesson.id.value)' makes \(run) lessons in a row without a practice quiz; \(every == 1 ? "the policy asks for a practice quiz after every lesson" : "the policy asks for one at least every \(every) lessons")")
                }
            }
        }
    }
}
