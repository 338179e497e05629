extension SpanishRuleTexts {
    static let references: [RuleText] = [
    ]
}
