extension SpanishRuleTexts {
    static let policy: [RuleText] = [
    ]
}
