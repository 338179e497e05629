import Testing
@testable import CourseKit

/// Alignment behaviour beyond the rule examples: sub-items count for their
/// field, drafts teach nothing, blueprint tolerance edges, review order.
@Suite struct AlignmentCheckTests {
    static let fieldFramework = """
        id: mcc
        title: Competencias
        items:
          - code: MAT
            type: field
            statement: Matemáticas.
            children:
              - code: M1
                type: competency
                statement: Resuelve problemas.
              - code: M2
                type: competency
                statement: Interpreta gráficas.

        """

    @Test func aLessonOnASubItemTeachesItsFieldButNotItsSibling() throws {
        let field = try TestRepository.check(ExampleFiles.aligned([
            "marco.yaml": Self.fieldFramework, "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [MAT]"),
        ]))
        #expect(field.with("CS0403").isEmpty && field.with("CS0404").isEmpty && field.with("CS0405").isEmpty, "\(field.described)")
        #expect(field.with("CS0407").isEmpty, "\(field.described)")
        let sibling = try TestRepository.check(ExampleFiles.aligned([
            "marco.yaml": Self.fieldFramework,
            "curso/leccion.md": ExampleFiles.lesson(objectives: "[M1, M2]"),
        ]))
        #expect(sibling.with("CS0407").map(\.message.description).first?.contains("'M2'") == true, "\(sibling.described)")
    }

    @Test func draftLessonsTeachNothing() throws {
        let result = try TestRepository.check(ExampleFiles.aligned([
            "curso/leccion.md": ExampleFiles.lesson(extra: "draft: true\n"),
        ]))
        #expect(result.with("CS0403").count == 1, "\(result.described)")
        #expect(result.with("CS0406").count == 20, "every assessment item assesses untaught M1")
    }

    @Test func blueprintToleranceIsInclusive() throws {
        // 20 items, all M1 = 100%; 95% ± 5 is within, 94% is not.
        let within = try TestRepository.check(ExampleFiles.aligned([
            "curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: 95% }\n"),
        ]))
        #expect(within.with("CS0408").isEmpty, "\(within.described)")
        let outside = try TestRepository.check(ExampleFiles.aligned([
            "curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: 94% }\n"),
        ]))
        #expect(outside.with("CS0408").first?.message.description.contains("20 of 20 items (100%)") == true, "\(outside.described)")
    }

    @Test func aLessonCannotReviewItself() throws {
        let result = try TestRepository.check(ExampleFiles.aligned([
            "curso/leccion.md": ExampleFiles.lesson(extra: "review-of: [leccion]\n"),
        ]))
        #expect(result.with("CS0409").first?.message.description.contains("cannot review itself") == true, "\(result.described)")
    }

    @Test func codesEverywhereAreResolved() throws {
        let result = try TestRepository.check(ExampleFiles.aligned([
            "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1, M7]\n  syllabus:\n    dgb: [xyz:B1]"),
            "curso/practica.md": ExampleFiles.quiz(objectives: "M1,M8"),
            "curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: 100%, M9: 0% }\n"),
        ]))
        let messages = result.with("CS0401").map(\.message.description)
        #expect(messages.count == 4 + 0, "\(result.described)")
        #expect(messages.contains { $0.contains("framework 'xyz'") })
    }

    @Test func withoutFrameworksTheMessageSaysSo() throws {
        let result = try TestRepository.check(["curso/leccion.md": ExampleFiles.lesson()])
        #expect(result.with("CS0401").first?.message.description.contains("declares no `frameworks`") == true, "\(result.described)")
    }
}
