import Testing
@testable import CourseKit

/// The coverage model agrees with the alignment rules, and the CSV cells
/// are safe for spreadsheets.
@Suite struct CoverageReportTests {
    @Test func countsAndGapsMatchTheAlignmentRules() throws {
        let result = try TestRepository.check(ExampleFiles.aligned([
            "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1, M2]"),
        ]))
        let report = CoverageReport(result.repository)
        let course = try #require(report.courses.first)
        #expect(course.totals.lessons == 1 && course.totals.quizzes == 1 && course.totals.lessonsAndQuizzes == 2)
        #expect(course.totals.assessmentItems == 20 && course.totals.minutes == 20)
        let rows = try #require(course.sections.first?.rows)
        #expect(rows.map(\.code) == ["M1", "M2"])
        #expect(rows[0].lessons == 1 && rows[0].quizItems == 1 && rows[0].assessmentItems == 20 && rows[0].gaps.isEmpty)
        #expect(rows[1].gaps == ["lessons", "quizItems", "assessmentItems"])
        // The same gaps are diagnostics.
        #expect(result.with("CS0403").count == 1 && result.with("CS0404").count == 1 && result.with("CS0405").count == 1)
        #expect(CoverageReport(result.repository, courseID: "otro").courses.isEmpty)
    }

    @Test func csvCellsAreQuotedAndNeverFormulas() {
        #expect(CoverageCSVRenderer.field("a, b") == "\"a, b\"")
        #expect(CoverageCSVRenderer.field("dice \"hola\"") == "\"dice \"\"hola\"\"\"")
        #expect(CoverageCSVRenderer.field("=1+1") == "'=1+1")
        #expect(CoverageCSVRenderer.field("-x") == "'-x")
        #expect(CoverageCSVRenderer.field("M1") == "M1")
    }

    @Test func htmlEscapesEverythingAuthorsWrite() {
        #expect(CoverageHTMLRenderer.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;")
    }
}
