import Testing
@testable import CourseKit

@Suite struct ModelPrimitiveTests {
    @Test func semanticVersions() {
        #expect(SemanticVersion("1.2.3") == SemanticVersion(major: 1, minor: 2, patch: 3))
        #expect(SemanticVersion("1.0") == nil)
        #expect(SemanticVersion("01.0.0") == nil)
        #expect(SemanticVersion("1.10.0")! > SemanticVersion("1.9.0")!)
    }

    @Test func repositoryPathsStayInside() {
        #expect(RepositoryPath.resolve("media/a.png", relativeTo: "curso/lecciones") == .success("curso/lecciones/media/a.png"))
        #expect(RepositoryPath.resolve("../media/a.png", relativeTo: "curso/lecciones") == .success("curso/media/a.png"))
        #expect(RepositoryPath.resolve("../../../etc/passwd", relativeTo: "curso/lecciones") == .failure(.escapesRepository))
        #expect(RepositoryPath.resolve("/etc/passwd", relativeTo: "curso") == .failure(.absolute))
        #expect(RepositoryPath.resolve("C:\\fotos\\a.png", relativeTo: "curso") == .failure(.absolute))
        #expect(RepositoryPath.resolve("./a//b.md", relativeTo: "") == .success("a/b.md"))
        #expect(RepositoryPath.resolve("media\\fotos\\a.png", relativeTo: "curso") == .success("curso/media/fotos/a.png"))
        #expect(RepositoryPath.resolve("...", relativeTo: "curso") == .success("curso/..."))
        #expect(RepositoryPath.resolve(".oculto/a.md", relativeTo: "curso") == .success("curso/.oculto/a.md"))
        #expect(RepositoryPath.resolve("media/", relativeTo: "curso") == .success("curso/media"))
        #expect(RepositoryPath.resolve("a/..", relativeTo: "") == .failure(.empty))
        #expect(RepositoryPath.resolve("lección ñ/á.md", relativeTo: "") == .success("lección ñ/á.md"))
    }

    @Test func globs() {
        #expect(Glob.matches("matematicas-1/**", "matematicas-1/lecciones/a.md"))
        #expect(Glob.matches("**/*.md", "a/b/c.md"))
        #expect(Glob.matches("**/c.md", "c.md"))
        #expect(!Glob.matches("matematicas-*/*.md", "matematicas-1/lecciones/a.md"))
        #expect(Glob.matches("matematicas-?/lecciones/*.md", "matematicas-1/lecciones/a.md"))
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "tags", "id"]) == "title")
        #expect(Suggestion.closest(to: "objetives", in: ["objectives", "minutes"]) == "objectives")
        #expect(Suggestion.closest(to: "zzzz", in: ["title", "tags"]) == nil)
    }

    @Test func blanks() {
        let found = BlankSyntax.occurrences(in: "La mitad de 8 es [[4 | cuatro]] y [[~fotosíntesis]] y [[ ]].")
        #expect(found.map(\.answers) == [["4", "cuatro"], ["fotosíntesis"], []])
        #expect(found.map(\.match) == [.exact, .contains, .exact])
        #expect(BlankSyntax.replaceBlanks(in: "a [[1]] b [[2]]", with: "|") == "a | b |")
    }

    @Test func ids() {
        #expect(IDSyntax.isValid("numeros-reales-2"))
        #expect(!IDSyntax.isValid("Números"))
        #expect(!IDSyntax.isValid("a--b"))
        #expect(!IDSyntax.isValid("-a"))
        #expect(IDSyntax.suggest("Lección Uno") == "leccion-uno")
    }
}
