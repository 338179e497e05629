import CourseKit
import Foundation
import Testing
@testable import CourseRendering

@Suite struct SyllabusPageTests {
    @Test func syllabusIsSelfContainedPrintableAndHasNoAnswers() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let phase = renderer.repository.phases.first
        let html = renderer.syllabusPage(course, phase: phase).html
        #expect(html.contains("<html lang=\"es-MX\">"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link "))
        #expect(!html.contains("<img"))
        #expect(html.contains("Fase 1"))
        #expect(html.contains("Lección con matemáticas"))
        #expect(html.contains("15"))
        #expect(html.contains("Práctica uno"))
        #expect(html.contains("Video de apoyo"))
        #expect(html.contains("calificación aprobatoria 70 de 100"))
        #expect(!html.contains("SECRETO-EXPLICACION"))
        #expect(!html.contains("Porque dos más dos"))
        #expect(!html.contains("cuatro"), "fill-in answers are answers too")
    }

    /// The assessment's section has the blueprint table when there is a
    /// blueprint, and no table (an empty one) when there is none.
    @Test func theBlueprintTableIsShownOnlyWithABlueprint() throws {
        func section(_ extra: [String: String]) throws -> String {
            let (renderer, course, _) = try RenderingFixture.renderer(extra: extra)
            let html = renderer.syllabusPage(course, phase: renderer.repository.phases.first).html
            let start = try #require(html.range(of: "<section id=\"evaluacion\""))
            let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
            return String(html[start.lowerBound..<end.upperBound])
        }
        let with = try section([:])
        #expect(with.components(separatedBy: "<table>").count == 2, "\(with)")
        #expect(with.contains("<tr><td>M1</td>"), "\(with)")

        let assessment = try #require(RenderingFixture.files["curso/evaluacion.md"])
        let without = try section(["curso/evaluacion.md": assessment.replacingOccurrences(of: "blueprint: { M1: 100% }\n", with: "")])
        #expect(!without.contains("<table"), "\(without)")
        #expect(!without.contains("Meta"), "\(without)")
        #expect(without.contains("calificación aprobatoria 70 de 100"), "the rest of the section stays")
    }

    @Test func durationsAndPercentagesReadNaturally() {
        #expect(CourseRenderer.duration(45) == "45 min")
        #expect(CourseRenderer.duration(120) == "2 h")
        #expect(CourseRenderer.duration(95) == "1 h 35 min")
        #expect(CourseRenderer.percent(25) == "25 %")
        #expect(CourseRenderer.percent(100.0 / 3) == "33.3 %")
    }
}
