import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func rulesListsEveryRuleInTextAndJSON() throws {
        let text = try CLIRunner.run(["rules"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("CS0103") && text.stdout.contains("unknown-field"))
        let json = try CLIRunner.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count == text.stdout.split(separator: "\n").count)
        for rule in rules {
            for key in ["id", "name", "severity", "category", "summary", "explanation"] {
                #expect(rule[key] is String, "\(key) missing in \(rule)")
            }
        }
    }

    @Test func explainShowsMeaningFixAndExample() throws {
        let out = try CLIRunner.run(["explain", "CS0103"])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("CS0103 unknown-field (error, structure)"))
        #expect(out.stdout.contains("did you mean"))
        #expect(out.stdout.contains("Example that triggers it:"))
        #expect(out.stdout.contains("objetives: [M1]"))
        #expect(!out.stdout.contains("↓"))
        let byName = try CLIRunner.run(["explain", "unknown-field"])
        #expect(byName.stdout == out.stdout)
    }

    @Test func explainOfAnUnknownIDExitsTwoWithASuggestion() throws {
        // A letter O typed for a zero: one edit from CS0103, two or more from any other id.
        let out = try CLIRunner.run(["explain", "CS01O3"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("did you mean CS0103"), "\(out.stderr)")
    }
}

@Suite struct RulesDocumentTests {
    /// docs/rules.md (English) and docs/reglas.md (Spanish) are generated
    /// from the registry and must not drift.
    @Test(arguments: [("en", "docs/rules.md"), ("es", "docs/reglas.md")])
    func docsRulesAreUpToDate(_ language: String, _ path: String) throws {
        let out = try CLIRunner.run(["rules", "--format", "markdown", "--lang", language])
        #expect(out.status == 0)
        let url = CLIRunner.repositoryRoot.appendingPathComponent(path)
        let current = try? String(contentsOf: url, encoding: .utf8)
        #expect(current == out.stdout, "\(path) is out of date: run `coursec rules --format markdown --lang \(language) > \(path)` (make docs)")
    }

    /// The two pages list the same rules in the same order, each in its language.
    @Test func theSpanishPageIsInSpanish() throws {
        let english = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let spanish = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("docs/reglas.md"), encoding: .utf8)
        func headings(_ page: String) -> [Substring] { page.split(separator: "\n").filter { $0.hasPrefix("## CS") } }
        #expect(headings(english) == headings(spanish) && headings(english).count > 90)
        #expect(spanish.hasPrefix("# Reglas\n") && english.hasPrefix("# Rules\n"))
        #expect(spanish.contains("La activa (`↓` marca adónde apunta el diagnóstico):"))
        #expect(spanish.contains("**unknown-field** — error, estructura. Un campo no es parte del formato."))
        #expect(english.contains("**unknown-field** — error, structure. A field is not part of the format."))
    }
}
