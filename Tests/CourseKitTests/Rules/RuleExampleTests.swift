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

    static func run(_ example: RuleExample, files: [String: [UInt8]]) throws -> CourseCompiler.Result {
        try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files), katex: example.katex).check()
    }

    /// As SwiftLint's `verifyExamples`: a triggering example produces the
    /// rule exactly once at each `↓` (no more, no less), with a message
    /// written for a person (no internal names); a quiet one never does.
    @Test(arguments: examples.map { "\($0.0.id)#\($0.1)" })
    func example(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        let (files, markers) = ExampleRepository.contents(for: example)
        let result = try Self.run(example, files: files)
        let found = result.with(rule.id)
        if example.triggers {
            #expect(!found.isEmpty, "\(rule.id) did not trigger; got:\n\(result.described)")
            for (path, position) in markers {
                #expect(found.filter { $0.range.file == path && $0.range.start == position }.count == 1,
                        "\(rule.id) not once at \(path):\(position.line):\(position.column); got:\n\(result.described)")
            }
            if !markers.isEmpty {
                #expect(found.count == markers.count, "\(rule.id): \(found.count) diagnostics for \(markers.count) markers:\n\(result.described)")
            }
            #expect(found.allSatisfy { $0.severity == rule.defaultSeverity })
            for diagnostic in found {
                #expect(diagnostic.message.description.count >= 15 && !diagnostic.message.description.contains("Optional(")
                        && !diagnostic.message.description.contains("CourseKit.") && !diagnostic.message.description.contains("\\("),
                        "\(rule.id): \(diagnostic.message)")
            }
        } else {
            #expect(found.isEmpty, "\(rule.id) triggered on a quiet example:\n\(result.described)")
        }
    }

    /// The policy silences every rule it may configure, named by its name.
    @Test(arguments: examples.filter { $0.0.examples[$0.1].triggers && $0.0.id != PolicyRules.unknownRule.id }
        .map { "\($0.0.id)#\($0.1)" })
    func policyTurnsTheRuleOff(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        var (files, _) = ExampleRepository.contents(for: example)
        let manifest = String(decoding: files["coursec.yaml"] ?? [], as: UTF8.self)
        var edited = manifest
        if let rules = manifest.range(of: "  rules:\n") {
            edited.insert(contentsOf: "    \(rule.name): off\n", at: rules.upperBound)
        } else {
            #expect(!manifest.contains("policy:"), "a policy without rules:\n\(manifest)")
            edited += (manifest.hasSuffix("\n") ? "" : "\n") + "policy:\n  rules:\n    \(rule.name): off\n"
        }
        files["coursec.yaml"] = Array(edited.utf8)
        let result = try Self.run(example, files: files)
        if rule.configurable {
            #expect(result.with(rule.id).isEmpty, "\(rule.name): off did not silence it:\n\(result.described)")
        } else {
            // A limit protects coursec itself: the policy cannot turn it off, and says so.
            #expect(!result.with(rule.id).isEmpty, "\(rule.name): off silenced a rule that cannot be configured")
            #expect(!result.with(PolicyRules.unknownRule.id).isEmpty,
                    "turning off \(rule.id) was not reported:\n\(result.described)")
        }
    }

    /// An inline `<!-- coursec-disable ID: reason -->` before the element
    /// silences the rule there, and is not reported as unused — for every
    /// triggering example whose markers are in a Markdown body.
    /// (The suppression rules themselves are about suppression comments.)
    @Test(arguments: examples.filter { $0.0.examples[$0.1].triggers && $0.0.category != .policy }.map { "\($0.0.id)#\($0.1)" })
    func inlineDisableSilencesTheRule(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        var (files, markers) = ExampleRepository.contents(for: example)
        let before = try Self.run(example, files: files).with(rule.id)
        var silenced: [(String, Int)] = []
        for path in Set(markers.map(\.0)).sorted() where path.hasSuffix(".md") {
            var lines = String(decoding: files[path]!, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let bodyStart = Self.bodyStart(lines) else { continue }
            // Each marked element gets a comment; from the bottom up, so line numbers above stay put.
            let starts = Set(markers.filter { $0.0 == path && $0.1.line > bodyStart }.map { Self.blockStart(lines, line: $0.1.line - 1, bodyStart: bodyStart) })
            for start in starts.sorted(by: >) {
                lines.insert(contentsOf: ["<!-- coursec-disable \(rule.id): un ejemplo de la regla -->", ""], at: start)
            }
            files[path] = Array(lines.joined(separator: "\n").utf8)
            silenced += markers.filter { $0.0 == path && $0.1.line > bodyStart }.map { ($0.0, $0.1.line) }
        }
        guard !silenced.isEmpty else { return } // markers in YAML: the policy test covers those
        let after = try Self.run(example, files: files)
        guard rule.configurable else {
            // A limit cannot be disabled: the rule stays, and the comment is reported as invalid.
            #expect(after.with(rule.id).count == before.count, "\(rule.id) was silenced:\n\(after.described)")
            #expect(!after.with(SuppressionRules.invalidSuppression.id).isEmpty, "\(after.described)")
            return
        }
        #expect(after.with(rule.id).count == before.count - silenced.count, "\(rule.id) not silenced:\n\(after.described)")
        #expect(after.with(SuppressionRules.unusedSuppression.id).isEmpty, "\(after.described)")
        #expect(after.with(SuppressionRules.invalidSuppression.id).isEmpty, "\(after.described)")
    }

    /// The 0-based line after a Markdown file's front matter.
    static func bodyStart(_ lines: [String]) -> Int? {
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return nil }
        return close + 1
    }

    /// The 0-based first line of the top-level block holding `line`.
    static func blockStart(_ lines: [String], line: Int, bodyStart: Int) -> Int {
        var index = line
        while index > bodyStart {
            let text = lines[index]
            let atMargin = !text.isEmpty && !text.hasPrefix(" ") && !text.hasPrefix("\t")
            if atMargin, lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty { return index }
            index -= 1
        }
        return bodyStart
    }

    @Test func rulesRunElsewhereAreOnlyTheResultsRules() {
        let skipped = RuleRegistry.all.filter { Self.runElsewhere.contains($0.category) }
        #expect(skipped.allSatisfy { ($0.id.hasPrefix("CS10") && $0.category == .results) || ($0.id.hasPrefix("CS11") && $0.category == .imports) })
        #expect(skipped.allSatisfy { !$0.examples.isEmpty }, "every results rule has examples for its own tests")
    }

    /// Every rule the checks can report is in the registry (so its examples
    /// run here and `explain` knows it), and has at least one triggering
    /// and one quiet example (the results rules run theirs elsewhere).
    @Test func everyRuleHasTriggeringAndQuietExamples() {
        let registered = Set(RuleRegistry.all.map(\.id))
        for check in CheckRunner.standardChecks { for rule in check.rules { #expect(registered.contains(rule.id), "\(rule.id)") } }
        let missing = RuleRegistry.all.filter { rule in
            !(rule.examples.contains { $0.triggers } && rule.examples.contains { !$0.triggers })
        }.map(\.id)
        #expect(missing.isEmpty, "rules without both kinds of example: \(missing.joined(separator: ", "))")
    }

    @Test func everyRuleHasAnIDNameAndExplanation() {
        var ids = Set<String>()
        var names = Set<String>()
        for rule in RuleRegistry.all {
            #expect(names.insert(rule.name).inserted, "duplicate name \(rule.name)")
            #expect(rule.id.hasPrefix("CS") && rule.id.count == 6, "\(rule.id)")
            #expect(ids.insert(rule.id).inserted, "duplicate id \(rule.id)")
            #expect(!rule.name.isEmpty && !rule.summary.isEmpty && rule.explanation.count > 40, "\(rule.id)")
            // A `\\` at a line's end in a Swift multi-line literal is a backslash, not a joined line.
            #expect(!rule.explanation.contains("\\\n"), "\(rule.id): a literal backslash ends a line of the explanation")
        }
    }
}
