/// The policy may only name rules that exist.
public struct PolicyCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [PolicyRules.unknownRule] }

    public func run(_ context: CheckContext) {
        let ids = RuleRegistry.all.map(\.id)
        for setting in context.policy.rules where RuleRegistry.rule(id: setting.ruleID.value) == nil {
            let hint = Suggestion.closest(to: setting.ruleID.value, in: ids).map { "; did you mean \($0)?" } ?? ""
            context.sink.report(PolicyRules.unknownRule, at: setting.ruleID.range,
                                "the policy configures '\(setting.ruleID.value)', which is not a rule\(hint)")
        }
    }
}
