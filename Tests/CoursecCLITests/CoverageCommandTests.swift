import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `coursec coverage` through the built binary: golden outputs in every
/// format over a fixture with gaps, the HTML page parsed as XML, and the
/// command's errors.
@Suite struct CoverageCommandTests {
    static let fixture = "Tests/CoursecCLITests/Fixtures/coverage"

    /// In English (coverage.txt…) and in Spanish (coverage.es.txt…).
    @Test(arguments: ["text", "csv", "json", "html"], ["en", "es"])
    func goldenOutput(_ format: String, _ language: String) throws {
        let out = try CLIRunner.run(["coverage", Self.fixture, "--format", format, "--lang", language])
        #expect(out.status == 0, "\(out.stderr)")
        let ext = format == "text" ? "txt" : format
        if let problem = CLIRunner.assertGolden(out.stdout, "coverage.\(language == "es" ? "es." : "")\(ext)") { Issue.record("\(problem)") }
    }

    @Test func theHTMLPageParsesAndItsTableHoldsTheCounts() throws {
        let out = try CLIRunner.run(["coverage", Self.fixture, "--format", "html", "--lang", "es"])
        let document = try XMLDocument(data: Data(out.stdout.utf8), options: [])
        let root = try #require(document.rootElement())
        #expect(root.attributes?.first { $0.name == "lang" }?.stringValue == "es-MX", "\(root.attributes?.map { $0.name ?? "" } ?? [])")
        // Escaped text comes back intact.
        let title = try root.nodes(forXPath: "//*[local-name()='title']").first?.stringValue
        #expect(title == "Cobertura curricular — Cobertura & pruebas")
        let rows = try root.nodes(forXPath: "//*[local-name()='section'][@id='curso']//*[local-name()='table'][1]//*[local-name()='tbody']/*[local-name()='tr']")
        let cells = rows.map { row in (row.children ?? []).map { ($0.stringValue ?? "") } }
        #expect(cells.count == 3)
        #expect(cells.first == ["M1", "Resuelve problemas aritméticos.", "1", "1", "2", "20"])
        #expect(cells.dropFirst().first == ["M2", "Compara cantidades con <, > y = \"sin\" errores & explica.", "1", "0 falta", "0 falta", "30"])
        #expect(cells.last == ["M3", "Interpreta gráficas.", "0 falta", "0 falta", "0 falta", "0"])
        // Row headers and column headers carry their scope.
        let rowHeaders = try root.nodes(forXPath: "//*[local-name()='th'][@scope='row']").compactMap(\.stringValue)
        #expect(rowHeaders == ["M1", "M2", "M3", "prog:U1", "prog:U2", "Curso de prueba"])
        let columnHeaders = try root.nodes(forXPath: "//*[local-name()='th'][@scope='col']")
        #expect(columnHeaders.count == 6 + 6 + 4)
        // Self-contained: no external stylesheet, script or image.
        #expect(try root.nodes(forXPath: "//*[local-name()='link' or local-name()='script' or local-name()='img']").isEmpty)
        #expect(out.stdout.contains("@media print"))
    }

    @Test func oneCourseAndItsTotals() throws {
        let out = try CLIRunner.run(["coverage", "Courses", "--course", "matematicas-1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Matemáticas 1 (matematicas-1)\n20 lessons, 8 practice quizzes (28 in all)"), "\(out.stdout)")
        #expect(out.stdout.contains("No gaps."))
    }

    @Test func anUnknownCourseOrFormatCannotRun() throws {
        let course = try CLIRunner.run(["coverage", Self.fixture, "--course", "cursos"])
        #expect(course.status == 2)
        #expect(course.stderr.contains("did you mean 'curso'?"), "\(course.stderr)")
        let format = try CLIRunner.run(["coverage", Self.fixture, "--format", "pdf"])
        #expect(format.status == 2)
        let missing = try CLIRunner.run(["coverage", "Tests/CoursecCLITests/Fixtures/no-such-folder"])
        #expect(missing.status == 2)
    }
}
