extension SpanishRuleTexts {
    static let results: [RuleText] = [
    ]
}
