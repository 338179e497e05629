import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// Every target agrees on every question's right answer, and agrees with
/// an independent reading of the sources: `Oracle/quiz_keys.py` parses the
/// Markdown with its own rules (from docs/format.md, sharing no code with
/// coursec) and checks the platform's CSVs, the offline site's answer keys
/// and the SCORM packages' answer keys.
@Suite struct QuestionKeyOracleTests {
    static let oracle = HTMLTestSupport.repositoryRoot.appendingPathComponent("Tests/TargetTests/Oracle/quiz_keys.py")

    struct Verdict: Decodable {
        var questions: Int
        var checked: [String: Int]
        var mismatches: [String]
    }

    static func verdict(repository: URL, targets: [String] = []) throws -> Verdict {
        let out = try ScratchFolder.make("oracle").appendingPathComponent("out")
        let result = try CourseBuilder(fileSystem: LocalFileSystem(root: repository), output: out,
                                       options: BuildOptions(targets: targets)).build()
        guard result.built else { throw TestFailure("\(repository.lastPathComponent) did not build: \(result.diagnostics.prefix(3))") }
        let python = try #require(HTMLTestSupport.executable("python3"))
        let run = try HTMLTestSupport.run(python, [oracle.path, repository.path, out.path])
        guard run.status == 0, let verdict = try? JSONDecoder().decode(Verdict.self, from: Data(run.output.utf8)) else {
            throw TestFailure("the oracle failed: \(run.output)")
        }
        return verdict
    }

    /// True/false written every way the format allows, in both orders.
    static let trueFalseRepository: [String: String] = {
        var files = ExampleRepository.base
        files["curso/practica.md"] = """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. El 0 es par. {#uno type=true-false}

               - [ ] Falsa
               - [x] Verdadera

            2. El 1 es par. {#dos type=true-false}

               - [x] Falso
               - [ ] Verdadero

            3. El 2 es primo. {#tres type=true-false}

               - [x] **Cierto**
               - [ ] Falso.

            4. El 9 es primo. {#cuatro type=true-false}

               - [ ] True
               - [x] False

            5. ¿Cuánto es 2 + 2? {#cinco}

               - [ ] 3
               - [x] 4

            6. Elige los pares. {#seis type=multiple}

               - [x] 2
               - [ ] 3
               - [x] 4

            7. La mitad de 8 es [[4 | cuatro]] y la de 6 es [[3 | tres]]. {#siete}

            """
        return files
    }()

    @Test func theExampleCoursesAgreeWithAnIndependentReading() throws {
        let verdict = try Self.verdict(repository: HTMLTestSupport.courses)
        #expect(verdict.mismatches.isEmpty, "\(verdict.mismatches.prefix(10))")
        #expect(verdict.questions >= 100, "\(verdict)")
        // Every question checked in each target (the assessment twice in the pages: diagnostic and final).
        for target in ["csv", "html", "scorm12"] { #expect(verdict.checked[target, default: 0] >= verdict.questions, "\(target): \(verdict)") }
    }

    @Test func trueFalseInEveryWordingAgrees() throws {
        let repository = try ScratchFolder.make("oracle-tf").appendingPathComponent("repo")
        for (path, text) in Self.trueFalseRepository {
            let url = repository.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let verdict = try Self.verdict(repository: repository)
        #expect(verdict.mismatches.isEmpty, "\(verdict.mismatches)")
        #expect(verdict.questions == 7, "\(verdict)")
        #expect(verdict.checked["csv"] == 7 && verdict.checked["html"] == 7 && verdict.checked["scorm12"] == 7, "\(verdict)")
    }

    @Test func theFixturesAgree() throws {
        let verdict = try Self.verdict(repository: MCTTestSupport.repository(.valid))
        #expect(verdict.mismatches.isEmpty, "\(verdict.mismatches)")
        // The assessment is in the package twice (diagnostic and final).
        for target in ["csv", "html", "scorm12"] { #expect(verdict.checked[target, default: 0] >= verdict.questions, "\(target): \(verdict)") }
        #expect(verdict.questions > 0)
    }

    @Test func theBenchmarkCorpusAgrees() throws {
        let tool = try #require(HTMLTestSupport.binary()?.deletingLastPathComponent().appendingPathComponent("coursec-corpus"))
        let corpus = try ScratchFolder.make("oracle-corpus").appendingPathComponent("corpus")
        let made = try HTMLTestSupport.run(tool, [corpus.path])
        #expect(made.status == 0, "\(made.output)")
        let verdict = try Self.verdict(repository: corpus, targets: ["mct", "html"])
        #expect(verdict.mismatches.isEmpty, "\(verdict.mismatches.prefix(10))")
        #expect(verdict.questions > 1_000)
        for target in ["csv", "html"] { #expect(verdict.checked[target, default: 0] >= verdict.questions, "\(target): \(verdict.checked)") }
    }
}
