import Foundation
import Testing
@testable import CourseKit
@testable import CourseResults

/// The responses files shown in docs/results.md (```csv responses=…) are
/// read against the example course in Courses/: every row is used, none is
/// reported. (The console examples are run by DocumentationCommandTests.)
@Suite struct ResultsDocsTests {
    static func examples() throws -> [(name: String, text: String)] {
        let doc = try String(contentsOf: ResultsTestSupport.repositoryRoot.appendingPathComponent("docs/results.md"), encoding: .utf8)
        var result: [(String, String)] = []
        var open: (String, [String])?
        for line in doc.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let block = open {
                    result.append((block.0, block.1.joined(separator: "\n") + "\n"))
                    open = nil
                } else if line.hasPrefix("```csv responses=") {
                    open = (String(line.dropFirst("```csv responses=".count)), [])
                }
            } else {
                open?.1.append(line)
            }
        }
        return result
    }

    @Test func theDocumentedResponsesFilesAreReadCleanly() throws {
        let examples = try Self.examples()
        #expect(examples.map(\.name) == ["respuestas.csv", "interacciones.csv", "resultados-matematicas-1-M1-001.csv"])
        let (keys, _) = try ResultsTestSupport.keys(at: ResultsTestSupport.repositoryRoot.appendingPathComponent("Courses"))
        for (name, text) in examples {
            let loader = try ResultsTestSupport.load(text, keys: keys, name: name)
            #expect(loader.diagnostics.isEmpty, "\(name): \(loader.diagnostics.map(\.message.description))")
            let rows = text.split(separator: "\n").count - 1
            #expect(loader.table.rowsRead == rows && loader.table.rowsUsed == rows, "\(name)")
        }
    }

    /// An SCO's identifier or title says which publication of the assessment it is.
    @Test func scormExportsNameTheDiagnosticAndFinalBySCO() throws {
        let (keys, _) = try ResultsTestSupport.keys(at: ResultsTestSupport.repositoryRoot.appendingPathComponent("Courses"))
        let text = "student_id,sco,interaction_id,student_response\nA,item-final-evaluacion-matematicas-1,evaluacion-matematicas-1.ev-signos,d\n"
            + "A,Evaluación (diagnóstico),ev-signos,a\nA,Otra cosa,ev-signos,a\n"
        let loader = try ResultsTestSupport.load(text, keys: keys)
        #expect(loader.table.administration(.final)?.took(0) == true && loader.table.administration(.diagnostic)?.took(0) == true)
        #expect(loader.diagnostics.map(\.id) == ["CS1003"])
    }
}

/// Moodle's Interactions report, downloaded in text format, as Moodle's
/// source lays it out (one row per learner and attempt, per SCO its score
/// and its interaction columns; the header names the interactions once).
@Suite struct MoodleReportTests {
    static let header = ["Name", "ID number", "Attempt", "Started on", "Last accessed on", "Score",
                         "Evaluación de Matemáticas 1 (diagnóstico)", "Los números reales", "Evaluación de Matemáticas 1 (final)",
                         "Question 0", "Response 0", "Question 1", "Response 1"]

    static func row(_ cells: [String]) -> String { cells.joined(separator: "\t") + "\n" }

    @Test func aWideReportBecomesOneResponsePerInteraction() throws {
        let (keys, _) = try ResultsTestSupport.keys(at: ResultsTestSupport.repositoryRoot.appendingPathComponent("Courses"))
        let id = "evaluacion-matematicas-1."
        let text = Self.row(Self.header)
            + Self.row(["Ana", "M1-001", "1", "x", "x", "75", "50", id + "ev-signos", "d", id + "ev-iva", "c",
                        "completed", "", "", "", "", "80", id + "ev-signos", "d", id + "ev-iva", "a &amp; b"])
            + Self.row(["Luis", "M1-002", "1", "x", "x", "75", "50", id + "ev-signos", "a"])
        let loader = try ResultsTestSupport.load(text, keys: keys, name: "moodle.txt")
        let diagnostic = try #require(loader.table.administration(.diagnostic))
        let final = try #require(loader.table.administration(.final))
        let signos = try #require(diagnostic.key.items.firstIndex { $0.id == "ev-signos" })
        let iva = try #require(diagnostic.key.items.firstIndex { $0.id == "ev-iva" })
        #expect(diagnostic.isRight(diagnostic.cell(0, signos), item: signos) && diagnostic.isRight(diagnostic.cell(0, iva), item: iva))
        #expect(final.isRight(final.cell(0, signos), item: signos))
        #expect(final.cell(0, iva) == Administration.Cell.malformed)
        #expect(loader.diagnostics.map(\.id) == ["CS1005", "CS1002"])
        #expect(loader.diagnostics[0].message.description.contains("a & b"), "responses are unescaped")
        #expect(loader.diagnostics.map(\.range.start.line) == [2, 3])
    }

    @Test func aReportWithoutQuestionIdsIsRefused() throws {
        let (keys, _) = try ResultsTestSupport.keys(at: ResultsTestSupport.repositoryRoot.appendingPathComponent("Courses"))
        let loader = try ResultsTestSupport.load(Self.row(["Name", "Attempt", "Score", "Evaluación (final)", "Response 0"]),
                                                 keys: keys, name: "moodle.txt")
        #expect(loader.diagnostics.map(\.id) == ["CS1001"])
        #expect(loader.diagnostics.first?.message.description.contains("Summary of question") == true)
    }
}
