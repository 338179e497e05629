extension SpanishRuleTexts {
    static let structure: [RuleText] = [
    ]
}
