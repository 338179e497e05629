extension SpanishRuleTexts {
    static let rendering: [RuleText] = [
    ]
}
