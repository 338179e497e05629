/// Inline suppressions must name a known rule and give a reason. (Unused
/// suppressions are found by `DiagnosticEngine`, which applies them.)
public struct SuppressionCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { SuppressionRules.all }

    public func run(_ context: CheckContext) {
        for suppression in context.repository.suppressions where !suppression.isValid {
            let message: Message
            if suppression.ruleID.isEmpty {
                message = "this suppression names no rule; write <!-- coursec-disable CS0000: reason -->"
            } else if suppression.rule == nil {
                let hint: Message = Suggestion.closest(to: suppression.ruleID, in: RuleRegistry.all.map(\.id)).map { "; did you mean \($0)?" } ?? ""
                message = "this suppression names '\(suppression.ruleID)', which is not a rule\(hint)"
            } else if let rule = suppression.rule, !rule.configurable {
                message = "\(rule.id) (\(rule.name)) is a limit of coursec and cannot be suppressed; remove this comment"
            } else {
                message = "this suppression of \(suppression.ruleID) gives no reason; write it after a colon: <!-- coursec-disable \(suppression.ruleID): why the rule does not apply here -->"
            }
            context.sink.report(SuppressionRules.invalidSuppression, at: suppression.range, message)
        }
    }
}
