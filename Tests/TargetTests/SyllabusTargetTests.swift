import Foundation
import Testing

@Suite struct SyllabusTargetTests {
    static func syllabus() throws -> String {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        #expect(built.result.artifacts.contains { $0.path == "syllabus/matematicas-1.html" && $0.target == "syllabus" })
        return try String(contentsOf: built.output.appendingPathComponent("syllabus/matematicas-1.html"), encoding: .utf8)
    }

    @Test func syllabusCoversUnitsBlueprintCompetenciesMappingAndResources() throws {
        let html = try Self.syllabus()
        #expect(html.contains("<html lang=\"es-MX\">"))
        #expect(html.contains("Fase 4"))
        for unit in ["Números reales", "Razones y proporciones", "Álgebra", "Ecuaciones"] {
            #expect(html.contains(unit), "\(unit)")
        }
        #expect(html.contains("Números irracionales y la recta numérica"))
        #expect(html.contains("Evaluación: especificaciones"))
        #expect(html.contains("<td>M1</td>"))
        #expect(html.contains("Subsistema DGB") && html.contains("Subsistema DGETI"))
        #expect(html.contains("dgb-mat1:B1"))
        #expect(html.contains("GeoGebra") && html.contains("Khan Academy"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("<link ") && !html.contains("<img"))
    }

    /// The syllabus is handed to teachers: the blueprint, never the answers.
    @Test func syllabusHasNoAnswers() throws {
        let html = try Self.syllabus()
        let assessment = try String(contentsOf: HTMLTestSupport.courses.appendingPathComponent("matematicas-1/evaluacion.md"),
                                    encoding: .utf8)
        // Every explanation line of the assessment (`> …`) stays out.
        let explanations = assessment.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2).prefix(40)) }
        #expect(!explanations.isEmpty)
        for explanation in explanations { #expect(!html.contains(explanation), "\(explanation)") }
        #expect(!html.contains("[x]"))
        #expect(!html.contains("¿Cuál es el resultado"), "questions themselves stay out too")
    }
}
