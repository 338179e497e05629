import Testing
@testable import CourseKit

/// Every rule's examples are its documentation and its tests: a triggering
/// example must produce the rule exactly at its `↓` marker, a quiet one must
/// not produce it at all.
@Suite struct RuleExampleTests {
    /// Rules of `coursec results` need learners' responses: `check` cannot
    /// trigger them, so their examples are run through `results` by
    /// CourseResultsTests (ResultsRuleExampleTests), not here.
    /// Likewise the rules of `coursec import`, run by CourseAuthoringTests (QuestionImportTests).
    static let runElsewhere: Set<Rule.Category> = [.results, .imports]

    static let examples: [(Rule, Int)] = RuleRegistry.all.filter { !runElsewhere.contains($0.category) }.flatMap { rule in
        rule.examples.indices.map { (rule, $0) }
    }

    @Test func theBaseRepositoryIsClean() throws {
        let result = try TestRepository.check()
        #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty, "\(result.described)")
    }

    @Test(arguments: examples.map { "\($0.0.id)#\($0.1)" })
    func example(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        let (files, markers) = ExampleRepository.contents(for: example)
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check()
        let found = result.with(rule.id)
        if example.triggers {
            #expect(!found.isEmpty, "\(rule.id) did not trigger; got:\n\(result.described)")
            for (path, position) in markers {
                #expect(found.contains { $0.range.file == path && $0.range.start == position },
                        "\(rule.id) not at \(path):\(position.line):\(position.column); got:\n\(result.described)")
            }
            #expect(found.allSatisfy { $0.severity == rule.defaultSeverity })
        } else {
            #expect(found.isEmpty, "\(rule.id) triggered on a quiet example:\n\(result.described)")
        }
    }

    @Test func rulesRunElsewhereAreOnlyTheResultsRules() {
        let skipped = RuleRegistry.all.filter { Self.runElsewhere.contains($0.category) }
        #expect(skipped.allSatisfy { ($0.id.hasPrefix("CS10") && $0.category == .results) || ($0.id.hasPrefix("CS11") && $0.category == .imports) })
        #expect(skipped.allSatisfy { !$0.examples.isEmpty }, "every results rule has examples for its own tests")
    }

    @Test func everyRuleHasAnIDNameAndExplanation() {
        var ids = Set<String>()
        for rule in RuleRegistry.all {
            #expect(rule.id.hasPrefix("CS") && rule.id.count == 6, "\(rule.id)")
            #expect(ids.insert(rule.id).inserted, "duplicate id \(rule.id)")
            #expect(!rule.name.isEmpty && !rule.summary.isEmpty && rule.explanation.count > 40, "\(rule.id)")
        }
    }
}
