import CourseKit
import Foundation
import Testing
@testable import CourseRendering

/// The teachers' page of the offline course (`docente.html`) and the
/// learner's part of the index: what they carry for `docente.js` and
/// `results.js`, and what they must not (answers).
@Suite struct TeacherPageTests {
    static func courseData(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"coursec-course\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    @Test func teacherPageCarriesTheCourseItsFilesAreCheckedAgainstButNoAnswer() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let html = renderer.teacherPage(course, options: PageRenderOptions(runtime: .offlineSite)).html
        let data = try Self.courseData(html)
        #expect(data["courseId"] as? String == "curso")
        #expect(data["version"] as? String == "1.2.0")
        #expect(data["title"] as? String == "Curso de prueba")
        let assessments = try #require(data["assessments"] as? [String: [String]])
        #expect(assessments["practica"] == ["suma", "pares", "cero", "mitad"])
        let assessment = try #require(course.assessment).items.map(\.id.value)
        #expect(assessments["diagnostic"] == assessment && assessments["final"] == assessment)
        #expect(Set(assessments.keys) == Set(["diagnostic", "final"] + course.quizzes.map(\.id.value)))
        for answer in ["\"correct\"", "cuatro", "blanks"] { #expect(!html.contains(answer), "\(answer) in the teachers' page") }
        #expect(html.contains("<input type=\"file\" id=\"coursec-result-files\" multiple"))
        #expect(html.contains("<label for=\"coursec-result-files\">"))
        #expect(html.contains("data-page-kind=\"teacher\"") && html.contains("data-course-version=\"1.2.0\""))
        let scripts = PageScripts.scripts(in: html)
        #expect(scripts == ["progress.js", "results.js", "docente.js", "coursec.js"])
    }

    @Test func courseDataCannotCloseItsScriptElement() throws {
        var course = try RenderingFixture.renderer().1
        course.title = Located("Curso </script><script>alert(1)</script> & más", at: course.title.range)
        let data = CourseRenderer.teacherPageData(course)
        #expect(!data.contains("</script>") && !data.contains("<"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect(parsed["title"] as? String == "Curso </script><script>alert(1)</script> & más")
    }

    @Test func offlineIndexOffersTheResultsFileAndLinksTheTeachersPage() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let offline = renderer.courseIndexPage(course, links: CourseIndexLinks(teacherPage: "docente.html"),
                                               options: PageRenderOptions(runtime: .offlineSite)).html
        #expect(offline.contains("id=\"coursec-download-results\">Descargar mis resultados</button>"))
        #expect(offline.contains("<section class=\"results-download\" id=\"coursec-results\" aria-labelledby=\"tus-resultados\" hidden>"),
                "shown by results.js only: without a script it could not work")
        #expect(offline.contains("<label for=\"coursec-learner-code\">Tu código de estudiante</label>"))
        #expect(offline.contains("<a href=\"docente.html\">Para docentes"))
        #expect(PageScripts.scripts(in: offline) == ["progress.js", "results.js", "coursec.js"])
        let platform = renderer.courseIndexPage(course, links: CourseIndexLinks(), options: PageRenderOptions()).html
        #expect(!platform.contains("coursec-results") && !platform.contains("docente") && !platform.contains("results.js"))
        #expect(!platform.contains("data-course-version"))
    }
}

/// `src` of each `<script src>` of a page, in order.
enum PageScripts {
    static func scripts(in html: String) -> [String] {
        html.components(separatedBy: "<script src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
