extension SpanishRuleTexts {
    static let platform: [RuleText] = [
    ]
}
