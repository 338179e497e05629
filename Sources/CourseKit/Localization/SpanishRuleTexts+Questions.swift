extension SpanishRuleTexts {
    static let questions: [RuleText] = [
    ]
}
