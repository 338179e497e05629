extension SpanishRuleTexts {
    static let rhythm: [RuleText] = [
    ]
}
