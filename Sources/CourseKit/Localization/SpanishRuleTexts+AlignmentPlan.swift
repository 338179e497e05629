extension SpanishRuleTexts {
    static let alignmentPlan: [RuleText] = [
    ]
}
