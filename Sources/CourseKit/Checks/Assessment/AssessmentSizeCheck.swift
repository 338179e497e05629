/// The assessment has one of the sizes the policy allows (20 or 40).
public struct AssessmentSizeCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.assessmentSize] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment, !assessment.items.isEmpty else { continue }
            let sizes = context.policy.integers("sizes", for: AssessmentRules.assessmentSize, at: assessment.path, default: [20, 40])
            guard !sizes.contains(assessment.items.count) else { continue }
            let allowed = Message.list(sizes.map(String.init), .or)
            context.sink.report(AssessmentRules.assessmentSize, at: assessment.id.range,
                                "assessment '\(assessment.id.value)' has \(assessment.items.count) questions; the policy allows \(allowed)")
        }
    }
}
