extension SpanishRuleTexts {
    static let media: [RuleText] = [
    ]
}
