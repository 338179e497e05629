import CourseKit
import Foundation
import Testing
@testable import CourseRendering

/// The syllabus names education models and subsystems for people, not by id.
@Suite struct AudienceLabelsTests {
    @Test func knownIdsHaveNamesAndOthersAreMadeReadable() {
        #expect(AudienceLabels.educationModel("bachillerato-tecnologico") == "Bachillerato tecnológico")
        #expect(AudienceLabels.educationModel("educacion-dual") == "Educacion dual")
        #expect(AudienceLabels.subsystem("dgeti") == "DGETI (Dirección General de Educación Tecnológica Industrial y de Servicios)")
        #expect(AudienceLabels.subsystem("cecyte") == "CECYTE")
    }

    @Test func syllabusShowsTheNames() throws {
        var course = RenderingFixture.files["curso/course.yaml"]!
        course = course.replacingOccurrences(of: "grades: [10]\n",
                                             with: "grades: [10]\neducation-models: [bachillerato-general, bachillerato-tecnologico]\nsubsystems: [dgb, cecyte]\n")
        let (renderer, loaded, _) = try RenderingFixture.renderer(extra: ["curso/course.yaml": course])
        let html = renderer.syllabusPage(loaded).html
        #expect(html.contains("<dd>Bachillerato general, Bachillerato tecnológico</dd>"))
        #expect(html.contains("<dd>DGB (Dirección General del Bachillerato), CECYTE</dd>"))
        #expect(!html.contains("bachillerato-tecnologico"))
    }
}
