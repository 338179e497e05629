import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit
@testable import CourseResults

/// The statistics of a simulated administration (`coursec-corpus results`:
/// 300 learners, 20 items, two-parameter logistic model, a known ability
/// shift and four planted bad items) against an independent Python
/// implementation (Oracle/oracle.py, standard library only), whose output is
/// stored in Oracle/expected.json: every number must agree within 1e-9.
@Suite(.serialized) struct OracleTests {
    static let tolerance = 1e-9

    /// The corpus, its keys and the report, computed once.
    static let fixture: Result<(corpus: URL, outcome: ResultsAnalyzer.Outcome), Error> = Result {
        let corpus = try ResultsTestSupport.corpus(learners: 300)
        let (keys, repository) = try ResultsTestSupport.keys(at: corpus)
        var loader = ResponseLoader(keys: keys)
        try loader.read(path: corpus.appendingPathComponent("respuestas.csv").path, name: "respuestas.csv")
        guard loader.diagnostics.isEmpty else { throw TestFailure("\(loader.diagnostics)") }
        let outcome = ResultsAnalyzer.analyse(loader.table, keys: keys, files: ["respuestas.csv"],
                                              options: ResultsOptions(by: ["state"], minGroup: 10, policy: repository.policy))
        return (corpus, outcome)
    }

    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: ResultsTestSupport.oracle.appendingPathComponent("expected.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every number in `expected` has its counterpart in `actual`; nulls are absent there.
    static func compare(_ expected: Any, _ actual: Any?, path: String, mismatches: inout [String]) {
        switch expected {
        case let object as [String: Any]:
            guard let actual = actual as? [String: Any] else { mismatches.append("\(path): missing object"); return }
            for (key, value) in object { compare(value, actual[key], path: path + "." + key, mismatches: &mismatches) }
        case let array as [Any]:
            guard let actual = actual as? [Any], actual.count == array.count else {
                mismatches.append("\(path): arrays differ in length"); return
            }
            for (n, value) in array.enumerated() { compare(value, actual[n], path: "\(path)[\(n)]", mismatches: &mismatches) }
        case is NSNull:
            if actual != nil, !(actual is NSNull) { mismatches.append("\(path): expected no value, got \(actual!)") }
        case let text as String:
            if (actual as? String) != text { mismatches.append("\(path): expected '\(text)', got \(String(describing: actual))") }
        case let number as NSNumber:
            guard let other = actual as? NSNumber else { mismatches.append("\(path): expected \(number), got nothing"); return }
            if abs(number.doubleValue - other.doubleValue) > tolerance {
                mismatches.append("\(path): expected \(number.doubleValue), got \(other.doubleValue)")
            }
        default:
            mismatches.append("\(path): unexpected value \(expected)")
        }
    }

    @Test func everyStatisticAgreesWithThePythonImplementation() throws {
        let (_, outcome) = try Self.fixture.get()
        let json = StableJSON.encode(outcome.report)
        let actual = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        var expected = try Self.expected()
        expected.removeValue(forKey: "mantelHaenszel")
        var mismatches: [String] = []
        Self.compare(expected, actual, path: "", mismatches: &mismatches)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(20).joined(separator: "\n"))")
        // The comparison really covered the report (not an empty object).
        #expect((expected["assessments"] as? [Any])?.count == 2)
    }

    @Test func mantelHaenszelAgreesWithThePythonImplementation() throws {
        let (corpus, _) = try Self.fixture.get()
        let (keys, _) = try ResultsTestSupport.keys(at: corpus)
        var loader = ResponseLoader(keys: keys)
        try loader.read(path: corpus.appendingPathComponent("respuestas.csv").path, name: "respuestas.csv")
        let table = loader.table
        let expected = try #require(try Self.expected()["mantelHaenszel"] as? [[String: Any]])
        #expect(expected.count > 50)
        let column = try #require(table.groupColumns.firstIndex(of: "state"))
        for entry in expected {
            let name = entry["assessment"] as! String, group = entry["group"] as! String, itemID = entry["item"] as! String
            let administration = try #require(table.administrations.first { $0.name == name })
            let scored = ScoredAdministration(administration)
            let item = try #require(administration.key.items.firstIndex { $0.id == itemID })
            let focal = scored.takers.map { table.group(column, of: $0) == group }
            let mh = try #require(MantelHaenszel.compute(right: { scored.right[$0 * scored.itemCount + item] == 1 }, focal: focal,
                                                          totals: scored.totals, maxTotal: scored.itemCount))
            for (key, value) in [("delta", mh.delta), ("chiSquare", mh.chiSquare), ("p", mh.p)] {
                let other = (entry[key] as! NSNumber).doubleValue
                #expect(abs(value - other) <= Self.tolerance * max(1, abs(other)), "\(name) \(group) \(itemID) \(key): \(value) vs \(other)")
            }
        }
    }

    /// The stored output is what the script prints for the generated data
    /// today (so neither the generator nor the script can drift unseen).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func theStoredOracleOutputIsCurrent() throws {
        let (corpus, _) = try Self.fixture.get()
        let out = try ResultsTestSupport.run(URL(fileURLWithPath: "/usr/bin/python3"), [
            ResultsTestSupport.oracle.appendingPathComponent("oracle.py").path,
            corpus.appendingPathComponent("clave.json").path, corpus.appendingPathComponent("respuestas.csv").path, "state", "10",
        ])
        #expect(out.status == 0, "\(out.stderr)")
        let fresh = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        var mismatches: [String] = []
        Self.compare(try Self.expected(), fresh, path: "", mismatches: &mismatches)
        #expect(mismatches.isEmpty, "regenerate Oracle/expected.json (see Oracle/README.md):\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test func theGeneratorIsDeterministic() throws {
        let a = try ResultsTestSupport.corpus(learners: 40)
        let b = try ResultsTestSupport.corpus(learners: 40)
        for file in ["respuestas.csv", "clave.json", "curso/evaluacion.md"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
    }

    /// The flags find the items planted bad, on their `{#id}` lines, and the
    /// key-related flags fire on no other item.
    @Test func theFlagsFindThePlantedItems() throws {
        let (_, outcome) = try Self.fixture.get()
        func items(_ rule: String) -> Set<String> {
            Set(outcome.report.assessments.flatMap(\.flags).filter { $0.rule == rule }.map(\.item))
        }
        #expect(items("CS1011") == ["r3"], "reversed key")
        #expect(items("CS1010").contains("r3"))
        #expect(items("CS1012") == ["r4"], "dead distractor")
        #expect(items("CS1013") == ["r7"], "everyone right")
        let differential = outcome.report.assessments.flatMap(\.flags).filter { $0.rule == "CS1014" && $0.item == "r5" }
        // The report's flags are written in the report's language (Spanish by default); the diagnostics carry both.
        #expect(differential.contains { $0.message.contains("'Sur'") && $0.message.contains("más difícil") }, "differential item")
        let flagged = outcome.flags.filter { $0.id == "CS1014" }
        #expect(flagged.contains { $0.message.text(in: .en).contains("'Sur'") && $0.message.text(in: .en).contains("harder") })
        for flag in outcome.flags {
            #expect(flag.range.file == "curso/evaluacion.md")
        }
        let r3 = try #require(outcome.flags.first { $0.id == "CS1011" })
        let source = try String(contentsOf: try Self.fixture.get().corpus.appendingPathComponent("curso/evaluacion.md"), encoding: .utf8)
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[r3.range.start.line - 1]
        #expect(line.contains("{#r3 "), "flag on the item's {#id} line: \(line)")
    }

    /// The simulation's known effects show: the ability shift gives a large
    /// positive gain, and the groups are reported with their intervals.
    @Test func theKnownShiftIsRecovered() throws {
        let (_, outcome) = try Self.fixture.get()
        let gains = try #require(outcome.report.gains)
        let gain = try #require(gains.overall.meanGain), low = try #require(gains.overall.gainLow)
        #expect(gain > 5 && low > 0)
        #expect((gains.overall.effectSize ?? 0) > 0.5)
        #expect(gains.groups.first?.groups.map(\.value) == ["Centro", "Norte", "Sur"])
    }
}
