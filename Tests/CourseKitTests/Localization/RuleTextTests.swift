import Testing
@testable import CourseKit

/// Every rule says what it is and how to fix it in Spanish as in English:
/// one Spanish text per rule, no text for a rule that does not exist, and
/// the code, field names and ids of the English (in backticks, and the
/// indented examples) kept as they are.
@Suite struct RuleTextTests {
    @Test func everyRuleHasASpanishSummaryAndExplanation() {
        let spanish = Set(SpanishRuleTexts.all.map(\.id))
        let missing = RuleRegistry.all.map(\.id).filter { !spanish.contains($0) }
        #expect(missing.isEmpty, "rules without a Spanish text (add them to SpanishRuleTexts+…): \(missing)")
        for rule in RuleRegistry.all {
            #expect(rule.summary(in: .es) != rule.summary, "\(rule.id): the Spanish summary is the English one")
            #expect(rule.explanation(in: .es) != rule.explanation, "\(rule.id): the Spanish explanation is the English one")
            #expect(rule.summary(in: .en) == rule.summary && rule.explanation(in: .en) == rule.explanation)
        }
    }

    @Test func everySpanishTextIsOfARuleAndGivenOnce() {
        let ids = Set(RuleRegistry.all.map(\.id))
        var seen = Set<String>()
        for text in SpanishRuleTexts.all {
            #expect(ids.contains(text.id), "\(text.id) is not a rule")
            #expect(seen.insert(text.id).inserted, "\(text.id) has two Spanish texts")
        }
    }

    @Test func codeAndExamplesAreKept() {
        for rule in RuleRegistry.all {
            let lost = MessageCatalogTests.codeSpans(rule.summary).subtracting(MessageCatalogTests.codeSpans(rule.summary(in: .es)))
                .union(MessageCatalogTests.codeSpans(rule.explanation).subtracting(MessageCatalogTests.codeSpans(rule.explanation(in: .es))))
            #expect(lost.isEmpty, "\(rule.id): the Spanish text lacks \(lost.sorted())")
            #expect(Self.indentedLines(rule.explanation) == Self.indentedLines(rule.explanation(in: .es)),
                    "\(rule.id): the indented example differs")
            #expect(Self.numbers(rule.explanation).isSubset(of: Self.numbers(rule.explanation(in: .es))),
                    "\(rule.id): a number of the English is missing: \(Self.numbers(rule.explanation).subtracting(Self.numbers(rule.explanation(in: .es))).sorted())")
        }
    }

    /// Code examples: lines indented by four spaces.
    static func indentedLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasPrefix("    ") }
    }

    /// The numbers a text states (limits, defaults): the Spanish must state them too.
    static func numbers(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        for character in text + " " {
            if character.isASCII && character.isNumber { current.append(character) } else if !current.isEmpty {
                result.insert(current)
                current = ""
            }
        }
        return result
    }
}
