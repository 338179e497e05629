/// No option position holds far more right answers than its share, among
/// the single-choice questions of an assessment with the same number of
/// options. The test is in `explain CS0323`.
public struct AnswerKeyCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.answerKeyImbalance] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment, !assessment.settings.shuffle else { continue }
            let factor = context.policy.double("factor", for: AssessmentRules.answerKeyImbalance, at: assessment.path, default: 2)
            // Option count → right-answer count per position.
            var groups: [Int: [Int]] = [:]
            for item in assessment.items where item.type == .single {
                let rights = item.options.indices.filter { item.options[$0].isCorrect }
                guard item.options.count >= 2, rights.count == 1 else { continue }
                groups[item.options.count, default: Array(repeating: 0, count: item.options.count)][rights[0]] += 1
            }
            for (k, counts) in groups.sorted(by: { $0.key < $1.key }) {
                let n = counts.reduce(0, +)
                let limit = max(2, Int((factor * Double(n) / Double(k)).rounded(.up)))
                for (position, count) in counts.enumerated() where count > limit {
                    context.sink.report(AnswerKeyCheck.rule, at: assessment.id.range,
                                        "option \(position + 1) is the right answer in \(count) of the \(n) single-choice questions with \(k) options; at most \(limit) expected (about \(n / k) each)")
                }
            }
        }
    }

    static var rule: Rule { AssessmentRules.answerKeyImbalance }
}
