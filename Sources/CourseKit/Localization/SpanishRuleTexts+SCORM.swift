extension SpanishRuleTexts {
    static let scorm: [RuleText] = [
    ]
}
