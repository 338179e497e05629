/// Every choice question of an assessment has the same number of options,
/// as the platform's CSV import needs.
public struct OptionCountCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.optionCountVaries] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment else { continue }
            let choice = assessment.items.filter { ($0.type == .single || $0.type == .multiple) && $0.options.count >= 2 }
            var frequency: [Int: Int] = [:]
            for item in choice { frequency[item.options.count, default: 0] += 1 }
            guard frequency.count > 1 else { continue }
            // The most common count is the norm; on a tie, the larger one.
            let norm = frequency.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
            for item in choice where item.options.count != norm {
                context.sink.report(AssessmentRules.optionCountVaries, at: item.range,
                                    "question '\(item.id.value)' has \(item.options.count) options; the other choice questions of the assessment have \(norm), and the platform's CSV import needs the same number")
            }
        }
    }
}
