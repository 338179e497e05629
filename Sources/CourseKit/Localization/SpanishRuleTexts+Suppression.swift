extension SpanishRuleTexts {
    static let suppression: [RuleText] = [
    ]
}
