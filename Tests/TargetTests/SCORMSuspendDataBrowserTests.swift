import Foundation
import Testing

/// A 40-question assessment (every kind of question, two blanks in the
/// fill-in ones) built into a SCORM package and answered in full in
/// Chromium against the strict LMS, which refuses a `cmi.suspend_data`
/// over SCORM 1.2's 4,096 characters (error 405): the answers must fit and
/// come back on relaunch, and even answers far too long for it must not
/// make the LMS refuse the data.
@Suite(.serialized, .enabled(if: BrowserDriver.available, "chromium is not installed; skipping the browser tests"))
struct SCORMSuspendDataBrowserTests {
    static let questionCount = 40

    /// `coursec.yaml`, a course with one lesson and the assessment.
    static func repository() throws -> URL {
        let root = try SCORMTestSupport.temporaryFolder("forty").appendingPathComponent("repo")
        let course = root.appendingPathComponent("curso")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        func write(_ text: String, _ path: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        try write("""
            name: Prueba de cuarenta preguntas
            language: es-MX
            phases:
              - id: fase-1
                title: Fase 1
                start: 2021-10-04
                end: 2022-03-11
            courses:
              - curso
            policy:
              rules:
                CS0501:
                  params: { min: 1 }

            """, "coursec.yaml")
        try write("""
            id: curso
            title: Curso de prueba
            description: Un curso con una evaluación de cuarenta preguntas.
            subject: matematicas
            grades: [10]
            version: 1.0.0
            outline:
              - unit: Unidad 1
                items:
                  - leccion.md
            assessment: evaluacion.md

            """, "curso/course.yaml")
        try write("---\nid: leccion\ntitle: Lección\n---\n\nTexto de la lección.\n", "curso/leccion.md")
        var items = ""
        for n in 1...questionCount {
            switch n % 4 {
            case 0:
                items += "\(n). ¿Cuánto es \(n) + 1? {#p\(n)}\n\n   - [ ] \(n)\n   - [x] \(n + 1)\n   - [ ] \(n + 2)\n\n"
            case 1:
                items += "\(n). Elige los pares. {#p\(n) type=multiple}\n\n   - [x] 2\n   - [ ] 3\n   - [x] 4\n   - [ ] 5\n\n"
            case 2:
                items += "\(n). \(n) es par. {#p\(n) type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n\n"
            default:
                items += "\(n). El doble de \(n) es [[\(2 * n)]] y su triple es [[\(3 * n)]]. {#p\(n)}\n\n"
            }
        }
        try write("---\nid: evaluacion\ntype: assessment\ntitle: Evaluación larga\npass: 60\nattempts: 2\n---\n\n" + items,
                  "curso/evaluacion.md")
        return root
    }

    static let package: Result<URL, Error> = Result {
        let (result, output) = try SCORMTestSupport.build(try repository())
        let zip = try #require(SCORMTestSupport.packages(in: result, output: output).first, "no package: \(result.diagnostics)")
        let folder = try SCORMTestSupport.temporaryFolder("forty-unpacked")
        try SCORMTestSupport.unzip(zip, into: folder)
        try BrowserDriver.install(in: folder)
        return folder
    }

    /// Every question answered; fill-in blanks get `text(n, blank)`.
    static func everyAnswer(_ quiz: BrowserQuiz, text: (Int, Int) -> String) -> [BrowserDriver.Step] {
        quiz.key.items.enumerated().map { n, item in
            if let blanks = item.blanks { return .fill(item.id, blanks.indices.map { text(n, $0) }) }
            return quiz.answer(item, right: n % 3 != 0)
        }
    }

    @Test func fortyAnsweredQuestionsFitInSuspendDataAndComeBack() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz("assessment/final.html", in: folder)
        #expect(quiz.key.items.count == Self.questionCount)
        // Answers as learners write them, with the characters the line uses.
        let answers = Self.everyAnswer(quiz) { n, blank in "respuesta \(n)-\(blank): 50 % | ~ ñ;" }
        let launch = BrowserDriver.Step.launch("assessment/final.html", sco: "final", mastery: 60)
        let report = try BrowserDriver.run("forty", in: folder, lms: .init(storageKey: "forty"), steps:
            [launch] + answers + [.exit(), .lms("partial"), launch, .snapshot("resumed"), .click(".quiz-submit"),
                                  .exit(), .lms("submitted"), launch, .snapshot("relaunched")])

        let partial = try #require(try report.lms("partial")["final"]?["cmi.suspend_data"])
        #expect(!partial.isEmpty && partial.count <= 4096, "\(partial.count) characters")
        let expected = BrowserQuiz.shown(answers)
        #expect(try report.page("resumed").answers == expected, "every answer comes back as given")
        let submitted = try #require(try report.lms("submitted")["final"])
        #expect((submitted["cmi.suspend_data"] ?? "").count <= 4096)
        #expect(submitted.interactions.count == Self.questionCount)
        let relaunched = try report.page("relaunched")
        #expect(relaunched.answers == expected)
        #expect(relaunched.quizState == "submitted", "a second attempt is allowed")
        #expect(relaunched.buttonClasses == ["button quiz-retry"])
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
    }

    @Test func answersTooLongForSuspendDataAreShortenedNotRefused() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz("assessment/diagnostic.html", in: folder)
        let long = String(repeating: "x", count: 300)
        let answers = Self.everyAnswer(quiz) { _, _ in long }
        let launch = BrowserDriver.Step.launch("assessment/diagnostic.html", sco: "diagnostic", mastery: 60)
        let report = try BrowserDriver.run("too-long", in: folder, lms: .init(storageKey: "too-long"), steps:
            [launch] + answers + [.exit(), .lms("partial"), launch, .snapshot("resumed")])

        let data = try #require(try report.lms("partial")["diagnostic"]?["cmi.suspend_data"])
        #expect(!data.isEmpty && data.count <= 4096, "\(data.count) characters")
        let resumed = try report.page("resumed")
        for (item, answer) in BrowserQuiz.shown(answers) {
            guard case .option = answer.first else {
                // A blank keeps the start of what was written.
                let texts = resumed.answers?[item] ?? []
                #expect(texts.allSatisfy { if case .text(let t) = $0 { !t.isEmpty && long.hasPrefix(t) } else { false } }, "\(item)")
                continue
            }
            #expect(resumed.answers?[item] == answer, "choices come back whole: \(item)")
        }
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
    }
}
