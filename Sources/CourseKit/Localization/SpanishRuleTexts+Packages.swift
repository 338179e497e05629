extension SpanishRuleTexts {
    static let packages: [RuleText] = [
    ]
}
