import Foundation
import Testing

@Suite struct SyllabusTargetTests {
    static func syllabus(_ course: String = "matematicas-1") throws -> String {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        #expect(built.result.artifacts.contains { $0.path == "syllabus/\(course).html" && $0.target == "syllabus" })
        return try String(contentsOf: built.output.appendingPathComponent("syllabus/\(course).html"), encoding: .utf8)
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
        #expect(html.contains("PhET") && html.contains("Khan Academy") && html.contains("Nagwa"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("<link ") && !html.contains("<img"))
    }

    @Test func chemistrySyllabusCoversItsUnitsBlueprintAndVideo() throws {
        let html = try Self.syllabus("quimica-1")
        #expect(html.contains("<html lang=\"es-MX\">"))
        for unit in ["La materia y el átomo", "Tabla periódica, enlaces y nomenclatura", "Reacciones químicas",
                     "El mol, la estequiometría y las disoluciones"] {
            #expect(html.contains(unit), "\(unit)")
        }
        #expect(html.contains("Video: balanceo de la combustión del metano"))
        #expect(html.contains("Evaluación: especificaciones"))
        for code in ["CE4", "CE7", "CE10", "CE11", "CE14"] {
            #expect(html.contains("<td>\(code)</td>"), "\(code)")
        }
        #expect(html.contains("PhET"))
        #expect(!html.contains("<script") && !html.contains("<link ") && !html.contains("<img"))
    }

    /// The syllabus is handed to teachers: the blueprint, never the answers.
    @Test(arguments: HTMLTestSupport.exampleCourses)
    func syllabusHasNoAnswers(_ course: String) throws {
        let html = try Self.syllabus(course)
        let assessment = try String(contentsOf: HTMLTestSupport.courses.appendingPathComponent("\(course)/evaluacion.md"),
                                    encoding: .utf8)
        // Every explanation line of the assessment (`> …`) stays out.
        let explanations = assessment.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2).prefix(40)) }
        #expect(!explanations.isEmpty)
        for explanation in explanations { #expect(!html.contains(explanation), "\(explanation)") }
        #expect(!html.contains("[x]"))
        // The first question's stem, whatever the course, stays out too.
        let firstStem = try #require(assessment.split(separator: "\n").first { $0.hasPrefix("1. ") })
        #expect(!html.contains(String(firstStem.dropFirst(3).prefix(30))), "questions themselves stay out too")
    }
}
