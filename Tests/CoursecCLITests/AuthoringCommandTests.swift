import CoursecTestSupport
import Foundation
import Testing

/// The author's way in, through the binary: `init`, `new`, and `check`
/// from a subfolder or on files. `init` and `new` speak Spanish here, as
/// they do to the programme's authors, and English where a test says so.
@Suite struct AuthoringCommandTests {
    static let spanish = ["COURSEC_LANG": "es"]

    static func newRepository() throws -> URL {
        let work = try ScratchFolder.make("authoring")
        let out = try CLIRunner.run(["init", "fisica"], in: work, environment: spanish)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Repositorio creado en fisica:\n"))
        #expect(out.stdout.hasSuffix("  schemas/ (esquemas JSON para el editor)\nRevísalo con: coursec check fisica\n"), "\(out.stdout)")
        return work.appendingPathComponent("fisica")
    }

    @Test func initSpeaksEnglishWhenAskedTo() throws {
        let work = try ScratchFolder.make("authoring-en")
        let out = try CLIRunner.run(["init", "physics", "--lang", "en"], in: work, environment: Self.spanish)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Repository created in physics:\n"))
        #expect(out.stdout.hasSuffix("  schemas/ (JSON Schemas for the editor)\nCheck it with: coursec check physics\n"), "\(out.stdout)")
        let again = try CLIRunner.run(["init", "physics"], in: work)
        #expect(again.status == 2)
        #expect(again.stderr.contains("the folder '") && again.stderr.contains("' is not empty"), "\(again.stderr)")
    }

    @Test func initThenCheckFromASubfolder() throws {
        let repo = try Self.newRepository()
        let out = try CLIRunner.run(["check", "--strict"], in: repo.appendingPathComponent("curso/lecciones"))
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout == "no problems\n")
        let again = try CLIRunner.run(["init", "fisica"], in: repo.deletingLastPathComponent(), environment: Self.spanish)
        #expect(again.status == 2)
        #expect(again.stderr.contains("no está vacía"))
    }

    @Test func checkFromASubfolderShowsPathsFromThere() throws {
        let repo = try Self.newRepository()
        let lesson = repo.appendingPathComponent("curso/lecciones/01-bienvenida.md")
        try String(contentsOf: lesson, encoding: .utf8).replacingOccurrences(of: "minutes: 10", with: "minutes: diez")
            .write(to: lesson, atomically: true, encoding: .utf8)
        let quiz = repo.appendingPathComponent("curso/practicas/practica-1.md")
        try String(contentsOf: quiz, encoding: .utf8).replacingOccurrences(of: "title: Práctica 1", with: "titel: Práctica 1")
            .write(to: quiz, atomically: true, encoding: .utf8)

        let all = try CLIRunner.run(["check", "--format", "github"], in: repo.appendingPathComponent("curso/lecciones"))
        #expect(all.status == 1)
        #expect(all.stdout.contains("file=01-bienvenida.md,line=9,"), "\(all.stdout)")
        #expect(all.stdout.contains("file=../practicas/practica-1.md,"), "\(all.stdout)")

        // Only the named file's problems, and the exit status from them alone.
        let one = try CLIRunner.run(["check", "../practicas/practica-1.md", "--format", "github"], in: repo.appendingPathComponent("curso/lecciones"))
        #expect(one.status == 1)
        #expect(!one.stdout.contains("01-bienvenida.md"), "\(one.stdout)")
        #expect(one.stdout.hasSuffix("2 errors in 1 file\n"), "\(one.stdout)")
        let clean = try CLIRunner.run(["check", "curso/evaluacion.md"], in: repo)
        #expect(clean.status == 0)
        #expect(clean.stdout == "no problems\n")

        // From the parent folder, paths start with the folder as written.
        let named = try CLIRunner.run(["check", "fisica/curso/lecciones/01-bienvenida.md"], in: repo.deletingLastPathComponent())
        #expect(named.stdout.hasPrefix("fisica/curso/lecciones/01-bienvenida.md:9:10: error:"), "\(named.stdout)")
    }

    @Test func checkOutsideARepositoryOrOfAMissingFile() throws {
        let work = try ScratchFolder.make("authoring-none")
        let out = try CLIRunner.run(["check"], in: work)
        #expect(out.status == 2)
        #expect(out.stderr.contains("no coursec.yaml in '.' or any folder above it"), "\(out.stderr)")
        let repo = try Self.newRepository()
        let missing = try CLIRunner.run(["check", "curso/no-existe.md"], in: repo)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: 'curso/no-existe.md' does not exist\n")
    }

    @Test func newAddsToTheOutlineKeepingComments() throws {
        let repo = try Self.newRepository()
        let courseFile = repo.appendingPathComponent("curso/course.yaml")
        let before = try String(contentsOf: courseFile, encoding: .utf8)
        let lesson = try CLIRunner.run(["new", "lesson", "lecciones/02-bienvenida.md"], in: repo.appendingPathComponent("curso"),
                                       environment: Self.spanish)
        #expect(lesson.status == 0, "\(lesson.stderr)")
        // The title's id `bienvenida` is taken: the new one is fresh.
        #expect(lesson.stdout == "Creada la lección lecciones/02-bienvenida.md (id: bienvenida-2) y añadida al temario de course.yaml\n")
        let quiz = try CLIRunner.run(["new", "quiz", "curso/practicas/practica-2.md", "--title", "Práctica: repaso"], in: repo)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        #expect(quiz.stdout == "Created the quiz curso/practicas/practica-2.md (id: practica-repaso) and added it to the outline in curso/course.yaml\n",
                "\(quiz.stdout)")
        let after = try String(contentsOf: courseFile, encoding: .utf8)
        var expected = before.components(separatedBy: "\n")
        let index = try #require(expected.firstIndex(of: "      - practicas/practica-1.md"))
        expected.insert(contentsOf: ["      - lecciones/02-bienvenida.md", "      - practicas/practica-2.md"], at: index + 1)
        #expect(after == expected.joined(separator: "\n"))

        let assessment = try CLIRunner.run(["new", "assessment", "curso/final.md"], in: repo, environment: Self.spanish)
        #expect(assessment.status == 2)
        #expect(assessment.stderr == "error: el curso ya tiene evaluación: evaluacion.md\n")
        #expect(!FileManager.default.fileExists(atPath: repo.appendingPathComponent("curso/final.md").path))

        let check = try CLIRunner.run(["check", "--strict"], in: repo)
        #expect(check.status == 0, "\(check.stdout)")
        let exists = try CLIRunner.run(["new", "lesson", "curso/lecciones/02-bienvenida.md"], in: repo)
        #expect(exists.status == 2)
    }

    @Test func newOutsideACourseIsRefused() throws {
        let repo = try Self.newRepository()
        let out = try CLIRunner.run(["new", "lesson", "marcos/leccion.md"], in: repo, environment: Self.spanish)
        #expect(out.status == 2)
        #expect(out.stderr.contains("no está dentro de la carpeta de un curso (cursos: curso)"), "\(out.stderr)")
        let english = try CLIRunner.run(["new", "lesson", "marcos/leccion.md"], in: repo)
        #expect(english.stderr == "error: 'marcos/leccion.md' is not inside a course's folder (courses: curso)\n", "\(english.stderr)")
    }

    @Test func schemaWritesTheCommittedSchemas() throws {
        let folder = try ScratchFolder.make("schemas").appendingPathComponent("out")
        let out = try CLIRunner.run(["schema", "--out", folder.path])
        #expect(out.status == 0, "\(out.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let committed = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repositoryRoot.appendingPathComponent("schemas").path).sorted()
        #expect(written == committed)
        #expect(written.count == 6)
        for name in written {
            let a = try Data(contentsOf: folder.appendingPathComponent(name))
            let b = try Data(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("schemas/" + name))
            #expect(a == b, "\(name)")
        }
        let one = try CLIRunner.run(["schema", "lesson"])
        #expect(one.stdout == String(decoding: try Data(contentsOf: folder.appendingPathComponent("lesson.schema.json")), as: UTF8.self))
        let unknown = try CLIRunner.run(["schema", "leccion"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no schema 'leccion'"))
    }
}
