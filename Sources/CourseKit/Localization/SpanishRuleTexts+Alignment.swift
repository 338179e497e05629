extension SpanishRuleTexts {
    static let alignment: [RuleText] = [
    ]
}
