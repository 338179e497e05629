extension SpanishRuleTexts {
    static let source: [RuleText] = [
    ]
}
