/// The policy may only name rules, and parameters of those rules, that
/// exist: a misspelt setting would otherwise silently do nothing.
public struct PolicyCheck: RepositoryCheck {
    public init() {}
    public var rules: [Rule] { [PolicyRules.unknownRule, PolicyRules.invalidParameter] }

    public func run(_ context: RepositoryCheckContext) {
        for setting in context.policy.rules {
            guard let rule = RuleRegistry.rule(id: setting.ruleID.value) else {
                let hint: Message = Suggestion.closest(to: setting.ruleID.value, in: RuleRegistry.all.map(\.id)).map { "; did you mean \($0)?" } ?? ""
                context.sink.report(PolicyRules.unknownRule, at: setting.ruleID.range,
                                    "the policy configures '\(setting.ruleID.value)', which is not a rule\(hint)")
                continue
            }
            guard rule.configurable else {
                context.sink.report(PolicyRules.unknownRule, at: setting.ruleID.range,
                                    "\(rule.id) (\(rule.name)) is a limit of coursec and cannot be configured; remove this setting")
                continue
            }
            for (name, value) in setting.parameters.sorted(by: { $0.key < $1.key }) {
                guard let parameter = rule.parameters[name], let problem = parameter.problem(with: value.value) else { continue }
                context.sink.report(PolicyRules.invalidParameter, at: value.range,
                                    "`\(name)` of \(rule.id) (\(rule.name)): \(problem); the default is \(parameter.defaultValue)")
            }
            let known = rule.parameters.keys.sorted()
            for (name, range) in setting.parameterNames.sorted(by: { $0.key < $1.key }) where rule.parameters[name] == nil {
                let message: Message
                if known.isEmpty {
                    message = "\(rule.id) (\(rule.name)) takes no parameters; remove `\(name)`"
                } else {
                    let hint: Message = Suggestion.closest(to: name, in: known).map { "; did you mean `\($0)`?" } ?? ""
                    let names = known.map { "`\($0)`" }.joined(separator: ", ")
                    message = "\(rule.id) (\(rule.name)) has no parameter `\(name)`; its parameters are \(names)\(hint)"
                }
                context.sink.report(PolicyRules.unknownRule, at: range, message)
            }
        }
    }
}
