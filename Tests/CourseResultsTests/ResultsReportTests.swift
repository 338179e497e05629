import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit
@testable import CourseResults

/// The report formats carry the same numbers, the HTML page is one offline
/// file with its plots as SVG, and learners stay private.
@Suite struct ResultsReportTests {
    /// Twelve learners in two schools, diagnostic and final of a three-item assessment.
    static func report(showLearners: Bool = false, minGroup: Int = 5) throws -> ResultsReport {
        var files = ResultsTestSupport.quizRepository
        files["curso/evaluacion.md"] = ResultsExampleFiles.quiz().replacingOccurrences(of: "↓", with: "")
            .replacingOccurrences(of: "id: practica\ntype: quiz", with: "id: evaluacion\ntype: assessment")
            .replacingOccurrences(of: "{#", with: "{#e-")
        files["curso/course.yaml"]! += "assessment: evaluacion.md\n"
        files["coursec.yaml"]! += "    CS0320:\n      params: { sizes: 3 }\n"
        let (keys, repository) = try ResultsTestSupport.keys(files)
        var csv = "learner,assessment,item,response,school\n"
        let pre = ["a b c", "a a b", "b b a", "c b b", "a c c", "b a a", "a a a", "c c b", "a b b", "b c a", "a a c", "c b a"]
        let post = ["a a a", "a a b", "a b a", "a a b", "a a c", "a a a", "a a a", "a c a", "a a b", "a a a", "a a a", "b a a"]
        for n in 0..<12 {
            let school = n < 7 ? "E1" : n < 11 ? "E2" : "E3"
            for (session, responses) in [("diagnostic", pre[n]), ("final", post[n])] {
                for (id, r) in zip(["e-suma", "e-producto", "e-resta"], responses.split(separator: " ")) {
                    csv += "CODIGO\(n),\(session),\(id),\(r),\(school)\n"
                }
            }
        }
        let loader = try ResultsTestSupport.load(csv, keys: keys)
        #expect(loader.diagnostics.isEmpty)
        return ResultsAnalyzer.analyse(loader.table, keys: keys, files: ["respuestas.csv"],
                                       options: ResultsOptions(by: ["school"], minGroup: minGroup, showLearners: showLearners,
                                                               policy: repository.policy)).report
    }

    @Test func theCSVCarriesTheNumbersOfTheJSON() throws {
        let report = try Self.report()
        let csv = ResultsFormat.csv.render(report, diagnostics: [])
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func value(_ section: String, _ assessment: String, _ item: String, _ statistic: String, group: String = "") -> Double? {
            rows.first { $0[0] == section && $0[1] == assessment && $0[2] == item && $0[5] == group && $0[6] == statistic }
                .flatMap { Double($0[7]) }
        }
        let final = try #require(report.assessments.first { $0.name == "final" })
        #expect(value("assessment", "final", "", "kr20") == final.kr20)
        #expect(value("item", "final", "e-resta", "discrimination") == final.items[2].discrimination)
        let gains = try #require(report.gains)
        #expect(value("gain", "", "", "meanGain") == gains.overall.meanGain)
        #expect(value("group", "", "", "gainLow", group: "E1") == gains.groups[0].groups[0].gain.gainLow)
        #expect(rows.allSatisfy { $0.count == 8 })
    }

    @Test func smallGroupsAreSuppressedAndSaidSo() throws {
        let report = try Self.report(minGroup: 5)
        let table = try #require(report.gains?.groups.first)
        #expect(table.groups.map(\.value) == ["E1"])
        #expect(table.suppressedGroups == 2 && table.suppressedLearners == 5)
        let text = ResultsFormat.text.render(report, diagnostics: [])
        #expect(text.contains("2 grupos con menos de 5 estudiantes no se muestran (5 estudiantes)"))
        let html = ResultsFormat.html.render(report, diagnostics: [])
        #expect(html.contains("para proteger su privacidad"))
        #expect(!html.contains(">E2<") && !text.contains("E2:"))
    }

    @Test func learnerCodesOnlyWhenAskedFor() throws {
        for format in [ResultsFormat.text, .json, .csv, .html] {
            #expect(!format.render(try Self.report(), diagnostics: []).contains("CODIGO"), "\(format)")
        }
        let shown = try Self.report(showLearners: true)
        #expect(ResultsFormat.text.render(shown, diagnostics: []).contains("CODIGO3"))
        #expect(ResultsFormat.html.render(shown, diagnostics: []).contains("no lo comparta"))
    }

    @Test func theHTMLPageIsSelfContainedWellFormedAndLinked() throws {
        let html = ResultsFormat.html.render(try Self.report(), diagnostics: [])
        #expect(!html.contains("<script") && !html.contains(" src=") && !html.contains("<link"))
        #expect(html.contains("<html lang=\"es\""))
        // One dot per item with a defined discrimination, each linked to a row that exists.
        let links = html.components(separatedBy: "<a href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!links.isEmpty)
        for link in links { #expect(html.contains("<tr id=\"\(link)\""), "\(link) has no row") }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4, "histograms, gains, two item maps")
        // Well-formed XML, checked by libxml2's xmllint when installed.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            let url = try ScratchFolder.make("html").appendingPathComponent("r.html")
            try Data(html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").utf8).write(to: url)
            let out = try ResultsTestSupport.run(URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout", url.path])
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    @Test func theTextReportIsInSpanish() throws {
        let text = ResultsFormat.text.render(try Self.report(), diagnostics: [])
        for phrase in ["Evaluación diagnóstica", "Evaluación final", "ganancia media", "IC 95% t", "Por school", "KR-20"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }
}
