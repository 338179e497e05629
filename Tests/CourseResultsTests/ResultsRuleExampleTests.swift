import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit
@testable import CourseResults

/// The examples of the results rules (CS1001–CS1014), run through
/// `results` as `coursec results` runs them: the files laid over the
/// minimal repository, `respuestas.csv` read, every grouping column
/// analysed, the policy applied. A triggering example must produce its rule
/// at every `↓`; a quiet one must not produce it. (RuleExampleTests skips
/// these rules by category: `check` cannot trigger them.)
@Suite struct ResultsRuleExampleTests {
    static let examples: [String] = ResultsRules.all.flatMap { rule in rule.examples.indices.map { "\(rule.id)#\($0)" } }

    static func diagnostics(for example: RuleExample) throws -> [Diagnostic] {
        let (files, _) = ExampleRepository.files(for: example)
        let csv = try #require(files["respuestas.csv"], "a results example needs respuestas.csv")
        var repository = files
        repository.removeValue(forKey: "respuestas.csv")
        let (keys, model) = try ResultsTestSupport.keys(repository)
        let loader = try ResultsTestSupport.load(csv, keys: keys)
        let options = ResultsOptions(by: loader.table.groupColumns, minGroup: 1, policy: model.policy)
        let outcome = ResultsAnalyzer.analyse(loader.table, keys: keys, files: ["respuestas.csv"], options: options)
        return DiagnosticEngine(policy: model.policy).process(loader.diagnostics) + outcome.flags
    }

    @Test func everyResultsRuleHasATriggeringAndAQuietExample() {
        for rule in ResultsRules.all {
            #expect(rule.examples.contains { $0.triggers } && rule.examples.contains { !$0.triggers }, "\(rule.id)")
            #expect(RuleRegistry.rule(id: rule.id) != nil, "\(rule.id) is not in the registry")
        }
    }

    @Test(arguments: examples)
    func example(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        let (_, markers) = ExampleRepository.files(for: example)
        let found = try Self.diagnostics(for: example).filter { $0.id == rule.id }
        let described = found.map { "\($0.range.file):\($0.range.start.line):\($0.range.start.column) \($0.message)" }
        if example.triggers {
            #expect(!found.isEmpty, "\(rule.id) did not trigger")
            #expect(!markers.isEmpty, "a triggering example marks where its diagnostic points")
            for (path, position) in markers {
                #expect(found.contains { $0.range.file == path && $0.range.start == position },
                        "\(rule.id) not at \(path):\(position.line):\(position.column); got \(described)")
            }
            #expect(found.allSatisfy { $0.severity == rule.defaultSeverity })
        } else {
            #expect(found.isEmpty, "\(rule.id) triggered on a quiet example: \(described)")
        }
    }
}
