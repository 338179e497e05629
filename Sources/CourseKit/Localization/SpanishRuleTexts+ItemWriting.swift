extension SpanishRuleTexts {
    static let itemWriting: [RuleText] = [
    ]
}
