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
        #expect(examples.map(\.name) == ["respuestas.csv", "interacciones.csv"])
        let (keys, _) = try ResultsTestSupport.keys(at: ResultsTestSupport.repositoryRoot.appendingPathComponent("Courses"))
        for (name, text) in examples {
            let loader = try ResultsTestSupport.load(text, keys: keys, name: name)
            #expect(loader.diagnostics.isEmpty, "\(name): \(loader.diagnostics.map(\.message))")
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
