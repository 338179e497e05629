extension SpanishRuleTexts {
    static let assessment: [RuleText] = [
    ]
}
