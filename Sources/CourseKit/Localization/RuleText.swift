/// A rule's summary and explanation in another language than the English
/// of its definition, keyed by rule id (`SpanishRuleTexts`).
struct RuleText: Sendable {
    var id: String
    var summary: String
    var explanation: String

    init(_ id: String, summary: String, explanation: String) {
        self.id = id
        self.summary = summary
        self.explanation = explanation
    }
}

/// The Spanish summaries and explanations of the rules, one list per file
/// of `Sources/CourseKit/Rules` (`SpanishRuleTexts+Source.swift`, …).
/// Written for authors: what the rule protects, then how to fix it, with
/// the field names, ids and code of the English text unchanged.
enum SpanishRuleTexts {
    static var all: [RuleText] {
        source + limits + structure + references + questions + alignment + alignmentPlan + assessment + itemWriting + rhythm
            + media + packages + platform + policy + rendering + scorm + suppression + results + imports + authoring + accessibility
    }

    static let byID: [String: RuleText] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}

extension Rule {
    /// The one-line summary in `language` (English when the Spanish text is missing; a test fails on it).
    public func summary(in language: Language) -> String {
        language == .es ? SpanishRuleTexts.byID[id]?.summary ?? summary : summary
    }

    /// The explanation in `language` (English when the Spanish text is missing; a test fails on it).
    public func explanation(in language: Language) -> String {
        language == .es ? SpanishRuleTexts.byID[id]?.explanation ?? explanation : explanation
    }
}
