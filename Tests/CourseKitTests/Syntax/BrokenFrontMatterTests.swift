import Testing
@testable import CourseKit

/// A mistake in one lesson's front matter is that lesson's problem only: the
/// lesson is still read (with the mistake fixed or its line left out), keeps
/// its id, and nothing in other files that refers to it fails — as the
/// `review-of` of a later lesson did when the broken lesson vanished.
@Suite struct BrokenFrontMatterTests {
    static let course = """
        id: curso
        title: Curso de ejemplo
        description: Un curso mínimo.
        subject: fisica
        grades: [10]
        version: 1.0.0
        outline:
          - unit: Energía
            items:
              - leccion.md
              - trabajo.md
              - repaso.md
              - practica.md

        """

    static let repaso = "---\nid: repaso\ntitle: Repaso\nreview-of: [trabajo-y-potencia]\n---\n\nRepasamos el trabajo.\n"

    /// Front matter lines after `id:`, each with one mistake of a new author.
    static let mistakes: [String] = [
        "title: Energía: trabajo y potencia\nminutes: 25",
        "title: Trabajo y potencia\nminutes:25",
        "minutes:25\ntitle: Trabajo y potencia",
        "title: \"Trabajo y potencia\nminutes: 25",
        "title: Trabajo y potencia\ntags: [energía, trabajo",
        "title: Trabajo y potencia\n  minutes: 25",
        "title: Trabajo y potencia\ntags:\n  - energía\n - trabajo",
        "title Trabajo y potencia\nminutes: 25",
        "title: Trabajo y potencia\nFalta revisar con el equipo de física\nminutes: 25",
        "title: Trabajo y potencia\ntags:\n\t- energía",
        "title: Trabajo y potencia\ntitle: Trabajo",
        "title: *Importante* trabajo y potencia",
        "title: \"Trabajo\" y potencia",
        "title: Trabajo y potencia\nresources:\n  - provider: phet\n    url: https://phet.colorado.edu/es/simulations/energy-skate-park\n   title: Pista de patinaje",
    ]

    @Test(arguments: mistakes)
    func theMistakeIsReportedInItsFileAndNowhereElse(_ lines: String) throws {
        let lesson = "---\nid: trabajo-y-potencia\n\(lines)\n---\n\nEl trabajo es fuerza por distancia.\n"
        let result = try TestRepository.check(["curso/course.yaml": Self.course, "curso/trabajo.md": lesson, "curso/repaso.md": Self.repaso])
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.range.file == "curso/trabajo.md" }, "\(result.described)")
        let syntax: Set<String> = [Rules.yamlSyntax.id, Rules.yamlTab.id, Rules.duplicateKey.id]
        #expect(problems.filter { syntax.contains($0.id) }.count == 1, "\(result.described)")
        // No echo of the mistake: the lesson keeps its fields.
        #expect(result.with(Rules.missingField.id).isEmpty, "\(result.described)")
    }

    /// The scenario of a new author: the lesson is read with its title fixed,
    /// so the build of every other file sees it.
    @Test func aColonInATitleBreaksNothingElse() throws {
        let lesson = "---\nid: trabajo-y-potencia\ntitle: Energía: trabajo y potencia\nminutes: 25\n---\n\nTexto.\n"
        let result = try TestRepository.check(["curso/course.yaml": Self.course, "curso/trabajo.md": lesson, "curso/repaso.md": Self.repaso])
        #expect(result.diagnostics.map(\.id) == [Rules.yamlSyntax.id], "\(result.described)")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.range.start == SourcePosition(line: 3, column: 8))
        #expect(diagnostic.fixes.map(\.replacement) == ["\"Energía: trabajo y potencia\""])
        let lessons = result.repository.courses.first?.lessons ?? []
        #expect(lessons.first { $0.id.value == "trabajo-y-potencia" }?.title.value == "Energía: trabajo y potencia")
    }

    /// A lesson without a title is reported, and still keeps its id.
    @Test func aMissingTitleKeepsTheLessonsID() throws {
        let lesson = "---\nid: trabajo-y-potencia\nminutes: 25\n---\n\nTexto.\n"
        let result = try TestRepository.check(["curso/course.yaml": Self.course, "curso/trabajo.md": lesson, "curso/repaso.md": Self.repaso])
        #expect(result.diagnostics.map(\.id) == [Rules.missingField.id], "\(result.described)")
    }
}
