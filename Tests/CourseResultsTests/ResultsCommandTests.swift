import CoursecTestSupport
import Foundation
import Testing

/// `coursec results` as users and CI run it: the built binary on a
/// simulated corpus, from the sources and from a signed release folder.
@Suite(.serialized) struct ResultsCommandTests {
    static let coursec = ResultsTestSupport.tool("coursec")
    static let corpus: Result<URL, Error> = Result { try ResultsTestSupport.corpus(learners: 120) }

    func results(_ arguments: [String], environment: [String: String] = [:]) throws -> ResultsTestSupport.Output {
        let corpus = try Self.corpus.get()
        return try ResultsTestSupport.run(Self.coursec, ["results"] + arguments, in: corpus, environment: environment)
    }

    @Test func aReportFromTheSources() throws {
        let out = try results([".", "respuestas.csv", "--by", "state"], environment: ["COURSEC_LANG": "es"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Resultados de Curso simulado (curso, versión 1.0.0)\nClaves: fuentes, Fase 1\n"))
        #expect(out.stdout.contains("Avance de la diagnóstica a la final\n"))
        let english = try results([".", "respuestas.csv", "--by", "state"])
        #expect(english.stdout.hasPrefix("Results of Curso simulado (curso, version 1.0.0)\nKeys: sources, Fase 1\n"), "\(english.stdout.prefix(300))")
        #expect(english.stdout.contains("Progress from the diagnostic to the final\n"))
        // The same numbers in both: only the words change.
        let digits: (String) -> [String] = { $0.split(separator: "\n").prefix(40).map { String($0.filter(\.isNumber)) } }
        #expect(digits(out.stdout) == digits(english.stdout))
        #expect(out.stdout.contains("curso/evaluacion.md:21:"), "flags at the item's line: \(out.stdout.suffix(2000))")
        #expect(out.stdout.contains("[CS1011]"))
    }

    @Test func flagsForCodeScanningAndPullRequests() throws {
        let sarif = try results(["respuestas.csv", "--format", "sarif"])
        #expect(sarif.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let runs = try #require(document?["runs"] as? [[String: Any]])
        let found = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(found.contains { ($0["ruleId"] as? String) == "CS1011" })
        let github = try results(["respuestas.csv", "--format", "github"])
        #expect(github.stdout.split(separator: "\n").contains { $0.hasPrefix("::warning file=curso/evaluacion.md,line=21,") && $0.contains("CS1011") })
    }

    @Test func jsonAndCSVAreTheReport() throws {
        let json = try results(["respuestas.csv", "--format", "json", "--by", "school", "--min-group", "3"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let report = try #require(document["report"] as? [String: Any])
        #expect((report["assessments"] as? [Any])?.count == 2)
        #expect(document["diagnostics"] is [Any])
        let csv = try results(["respuestas.csv", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("section,assessment,item,option,column,group,statistic,value\n"))
        #expect(csv.stderr.contains("[CS1011]"), "csv and html print the diagnostics on standard error")
    }

    @Test func badInvocationsCannotRun() throws {
        #expect(try results(["respuestas.csv", "--by", "estado"]).stderr.contains("did you mean 'state'?"))
        #expect(try results(["respuestas.csv", "--by", "estado"]).status == 2)
        #expect(try results(["respuestas.csv", "--format", "pdf"]).status == 2)
        #expect(try results(["falta.csv"]).status == 2)
        #expect(try results(["."]).status == 2, "no responses file")
        let corpus = try Self.corpus.get()
        let bad = corpus.appendingPathComponent("mal.csv")
        try Data("learner,item,response\nL1,r1,a\n".utf8).write(to: bad)
        let out = try results(["mal.csv"])
        #expect(out.status == 1, "a responses file nothing can be read from is an error")
        #expect(out.stdout.contains("mal.csv:1:1: error:") && out.stdout.contains("[CS1001]"))
    }

    /// A release records the keys as shipped: results from the release folder
    /// equal results from the sources of that phase.
    @Test func aReleaseFolderScoresAsTheSourcesDid() throws {
        let corpus = try Self.corpus.get()
        let scratch = try ScratchFolder.make("release")
        let key = scratch.appendingPathComponent("clave")
        let keygen = try ResultsTestSupport.run(Self.coursec, ["keygen", "--out", key.path, "--no-password"])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let release = scratch.appendingPathComponent("fase-1")
        let made = try ResultsTestSupport.run(Self.coursec, ["release", corpus.path, "--phase", "fase-1", "--out", release.path,
                                                             "--sign-key", key.path + ".key"])
        #expect(made.status == 0, "\(made.stderr)")
        let snapshot = try String(contentsOf: release.appendingPathComponent("content/curso.json"), encoding: .utf8)
        #expect(snapshot.contains("\"key\"") && snapshot.contains("\"optionCount\""), "the snapshot records answer keys")
        let fromRelease = try ResultsTestSupport.run(Self.coursec, ["results", release.path, "respuestas.csv", "--format", "json"], in: corpus)
        let fromSources = try results(["respuestas.csv", "--format", "json"])
        #expect(fromRelease.status == 0, "\(fromRelease.stderr)")
        func report(_ text: String) throws -> [String: Any] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            var report = try #require(document["report"] as? [String: Any])
            report.removeValue(forKey: "course")
            return report
        }
        #expect(NSDictionary(dictionary: try report(fromRelease.stdout)).isEqual(to: try report(fromSources.stdout)))
        #expect(fromRelease.stdout.contains("release in fase-1"))
    }

    /// 25,000 learners × 40 items, diagnostic and final (10⁶ responses per
    /// assessment, 2 × 10⁶ rows) are streamed: the process's peak memory stays under 200 MiB. Measured on
    /// the `coursec` process alone with /usr/bin/time, as the build tests do.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time (Debian package time)"))
    func aMillionRowsStayUnder200MiB() throws {
        let corpus = try ResultsTestSupport.corpus(learners: 25_000, items: 40)
        let csv = corpus.appendingPathComponent("respuestas.csv")
        let rows = try String(contentsOf: csv, encoding: .utf8).utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } - 1
        #expect(rows > 1_800_000)
        let report = corpus.appendingPathComponent("time.txt")
        let out = try ResultsTestSupport.run(URL(fileURLWithPath: "/usr/bin/time"),
                                             ["-f", "%M", "-o", report.path, Self.coursec.path, "results", corpus.path, csv.path,
                                              "--format", "json", "--by", "state"])
        #expect(out.status == 0, "\(out.stderr.prefix(500))")
        let kib = Int(try String(contentsOf: report, encoding: .utf8).split(separator: "\n").last.map(String.init) ?? "") ?? -1
        #expect(kib > 0 && kib < 200 * 1024 * SanitizerRun.memoryFactor, "peak memory \(kib) KiB for \(rows) rows")
    }
}
