import Foundation
import Testing

/// The four diagnostic formats, against golden files
/// (regenerate with `COURSEC_UPDATE_GOLDEN=1 swift test --filter OutputFormatTests`).
@Suite struct OutputFormatTests {
    let fixture = "Tests/CoursecCLITests/Fixtures/many-problems"

    /// In English (many-problems.txt…) and in Spanish (many-problems.es.txt…).
    @Test(arguments: ["text", "json", "sarif", "github"], ["en", "es"])
    func goldenOutput(_ format: String, _ language: String) throws {
        let out = try CLIRunner.run(["check", "--format", format, "--lang", language, fixture])
        #expect(out.status == 1)
        let name = format == "text" ? "txt" : format == "github" ? "github.txt" : format + ".json"
        let problem = CLIRunner.assertGolden(out.stdout, "many-problems.\(language == "es" ? "es." : "")\(name)")
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The parts of SARIF 2.1.0 that code-scanning services require.
    @Test func sarifHasTheRequiredStructure() throws {
        let out = try CLIRunner.run(["check", "--format", "sarif", fixture])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "coursec")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(!ruleIDs.isEmpty)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count >= 8)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            #expect(ruleIDs.contains(id))
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] is String)
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            if let index = result["ruleIndex"] as? Int { #expect(ruleIDs[index] == id) }
        }
    }

    @Test func githubAnnotationsEscapeProperties() throws {
        let out = try CLIRunner.run(["check", "--format", "github", fixture])
        let lines = out.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="))
            #expect(line.contains(",line=") && line.contains(",col=") && line.contains(",title=CS"))
        }
    }
}
