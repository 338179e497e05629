/// With show-answers on, learners see explanations: every option of a
/// choice question, and every true/false or fill-in question, needs one.
public struct ExplanationCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.missingExplanation] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment, assessment.settings.showAnswers else { continue }
            for item in assessment.items {
                switch item.type {
                case .single, .multiple:
                    for (n, option) in item.options.enumerated() where option.explanation?.isEmpty ?? true {
                        context.sink.report(AssessmentRules.missingExplanation, at: option.range,
                                            "option \(n + 1) of question '\(item.id.value)' has no explanation, and the assessment shows answers; add a blockquote (`> …`) under the option")
                    }
                case .trueFalse, .fillBlanks:
                    let explained = !(item.explanation?.isEmpty ?? true)
                        || (!item.options.isEmpty && item.options.allSatisfy { !($0.explanation?.isEmpty ?? true) })
                    if !explained {
                        context.sink.report(AssessmentRules.missingExplanation, at: item.range,
                                            "question '\(item.id.value)' has no explanation, and the assessment shows answers; add a blockquote (`> …`) after the question")
                    }
                }
            }
        }
    }
}
