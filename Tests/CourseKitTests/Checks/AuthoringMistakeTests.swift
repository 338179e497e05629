import Testing
@testable import CourseKit

/// The mistakes new authors make while learning the format, beyond the rule
/// examples: each is recognised for what it is, said in plain words, and,
/// where the intent is certain, fixed by the diagnostic's fix — which is
/// applied here and the result checked again.
@Suite struct AuthoringMistakeTests {
    static let quizBody = "\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"

    /// The base files with `path` replaced by the text with every fix applied.
    static func applying(_ diagnostics: [Diagnostic], to text: String, in path: String,
                         over files: [String: String] = [:]) throws -> CourseCompiler.Result {
        let fixes = diagnostics.flatMap(\.fixes).filter { $0.range.file == path }
        return try TestRepository.check(files.merging([path: FixApplier.apply(fixes, to: text)]) { _, new in new })
    }

    // MARK: A quiz without `type: quiz`

    @Test func aLessonWrittenAsAQuizBecomesOneWithTheFix() throws {
        let text = "---\nid: practica\ntitle: Práctica\n---\n" + Self.quizBody
        let result = try TestRepository.check(["curso/practica.md": text])
        let diagnostic = try #require(result.with("CS0106").first, "\(result.described)")
        #expect(diagnostic.range.start == SourcePosition(line: 6, column: 1))
        #expect(diagnostic.message.description.contains("did you forget `type: quiz`?"))
        let fixed = try Self.applying(result.diagnostics, to: text, in: "curso/practica.md")
        #expect(fixed.diagnostics.isEmpty, "\(fixed.described)")
        #expect(fixed.repository.courses.first?.quizzes.first?.items.map(\.id.value) == ["suma"])
    }

    @Test func aQuestionIDAloneIsEnoughButAChecklistIsNot() throws {
        let unmarked = "---\nid: practica\ntitle: Práctica\n---\n\n1. ¿Cuál es par? {#par}\n\n   - [ ] 3\n   - [ ] 4\n"
        #expect(try TestRepository.check(["curso/practica.md": unmarked]).with("CS0106").count == 1)
        let checklist = "---\nid: practica\ntitle: Práctica\n---\n\n1. Antes de empezar:\n\n   - [x] Lee la lección\n   - [ ] Ten a mano una calculadora\n"
        #expect(try TestRepository.check(["curso/practica.md": checklist]).with("CS0106").isEmpty)
    }

    @Test func theAssessmentWithoutItsTypeGetsAFix() throws {
        let assessment = ExampleFiles.assessment().replacingOccurrences(of: "type: assessment\n", with: "")
        let files = ExampleFiles.aligned(["curso/evaluacion.md": assessment])
        let result = try TestRepository.check(files)
        let diagnostic = try #require(result.with("CS0205").first, "\(result.described)")
        #expect(diagnostic.fixes.map(\.replacement) == ["type: assessment\n"])
        let fixed = try Self.applying(result.diagnostics, to: assessment, in: "curso/evaluacion.md", over: files)
        #expect(fixed.with("CS0205").isEmpty, "\(fixed.described)")
        #expect(fixed.repository.courses.first?.assessment?.items.count == 20)
    }

    // MARK: Lettered options

    static let letterings: [(name: String, options: String, markers: String)] = [
        ("a)", "   a) Joule\n   b) Newton\n   c) Watt\n", "a) b) c)"),
        ("A.", "   A. Joule\n   B. Newton\n   C. Watt\n", "A. B. C."),
        ("(a)", "   (a) Joule\n   (b) Newton\n   (c) Watt\n", "(a) (b) (c)"),
        ("bulleted", "   - a) Joule\n   - b) Newton\n   - c) Watt\n", "a) b) c)"),
        ("spaced", "   a) Joule\n\n   b) Newton\n\n   c) Watt\n", "a) b) c)"),
        ("right after the stem", "", "a) b) c)"),
    ]

    @Test(arguments: letterings.indices)
    func letteredOptionsAreReadAndRewrittenAsATaskList(_ index: Int) throws {
        let (name, options, markers) = Self.letterings[index]
        let question = options.isEmpty
            ? "1. ¿Cuál es la unidad de fuerza? {#fuerza}\n   a) Joule\n   b) Newton\n   c) Watt\n"
            : "1. ¿Cuál es la unidad de fuerza? {#fuerza}\n\n" + options
        let text = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n" + question
        let result = try TestRepository.check(["curso/practica.md": text])
        #expect(result.ids == ["CS0314"], "\(name): \(result.described)")
        let diagnostic = try #require(result.with("CS0314").first)
        #expect(diagnostic.message.description.contains("(\(markers))"), "\(name): \(diagnostic.message)")
        let item = try #require(result.repository.courses.first?.quizzes.first?.items.first)
        #expect(item.options.map(\.text) == ["Joule", "Newton", "Watt"], "\(name)")
        #expect(item.stem == "¿Cuál es la unidad de fuerza?", "\(name): \(item.stem)")

        // The fix writes a task list with none marked: the author marks the right one.
        let fixes = diagnostic.fixes
        let fixed = FixApplier.apply(fixes, to: text)
        #expect(fixed.contains("   - [ ] Joule\n   - [ ] Newton\n   - [ ] Watt"), "\(name): \(fixed)")
        #expect(try TestRepository.check(["curso/practica.md": fixed]).ids == ["CS0303"], "\(name)")
        let marked = fixed.replacingOccurrences(of: "[ ] Newton", with: "[x] Newton")
        let clean = try TestRepository.check(["curso/practica.md": marked])
        #expect(clean.diagnostics.isEmpty, "\(name): \(clean.described)")
    }

    @Test func lettersOutOfOrderOrASingleLetterAreNotOptions() throws {
        let text = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   a) es un número par.\n\n   - [x] 4\n   - [ ] 5\n"
        #expect(try TestRepository.check(["curso/practica.md": text]).diagnostics.isEmpty)
    }

    // MARK: The nearest existing file

    static let image: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                                 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]

    /// (lesson path, path as written, what is suggested)
    static let misspelledPaths: [(lesson: String, written: String, meant: String)] = [
        ("curso/leccion.md", "media/Recta-Numerica.PNG", "media/recta-numerica.png"),
        ("curso/leccion.md", "media/recta_numerica.png", "media/recta-numerica.png"),
        ("curso/leccion.md", "media/recta-numérica.png", "media/recta-numerica.png"),
        ("curso/leccion.md", "media/recta-numerca.png", "media/recta-numerica.png"),
        ("curso/leccion.md", "Media/recta-numerica.png", "media/recta-numerica.png"),
        ("curso/lecciones/leccion.md", "media/recta-numerica.png", "../media/recta-numerica.png"),
    ]

    @Test(arguments: misspelledPaths.indices)
    func aMissingFileSuggestsTheNearestOne(_ index: Int) throws {
        let (lesson, written, meant) = Self.misspelledPaths[index]
        let text = "---\nid: leccion\ntitle: Lección\n---\n\n![La recta numérica del −3 al 3](\(written))\n"
        var files = ExampleRepository.base.mapValues { Array($0.utf8) }
        files["curso/leccion.md"] = nil
        files[lesson] = Array(text.utf8)
        files["curso/media/recta-numerica.png"] = Self.image
        if lesson != "curso/leccion.md" {
            files["curso/course.yaml"] = Array(ExampleRepository.base["curso/course.yaml"]!
                .replacingOccurrences(of: "- leccion.md", with: "- lecciones/leccion.md").utf8)
        }
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check()
        #expect(result.ids == ["CS0201"], "\(written): \(result.described)")
        let diagnostic = try #require(result.with("CS0201").first)
        #expect(diagnostic.message.description.contains("did you mean '\(meant)'?"), "\(diagnostic.message)")
        #expect(diagnostic.fixes.map(\.replacement) == [meant])
        files[lesson] = Array(FixApplier.apply(diagnostic.fixes, to: text).utf8)
        let fixed = try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check()
        #expect(fixed.diagnostics.isEmpty, "\(written): \(fixed.described)")
    }

    @Test func aFarNameSuggestsNothing() throws {
        let text = "---\nid: leccion\ntitle: Lección\n---\n\n![Un triángulo](media/triangulo.png)\n"
        let result = try TestRepository.check(bytes: ExampleRepository.base.mapValues { Array($0.utf8) }
            .merging(["curso/leccion.md": Array(text.utf8), "curso/media/recta-numerica.png": Self.image]) { _, new in new })
        let diagnostic = try #require(result.with("CS0201").first, "\(result.described)")
        #expect(!diagnostic.message.description.contains("did you mean"))
        #expect(diagnostic.fixes.isEmpty)
    }

    /// An outline entry misspelled names the file it meant, which is then
    /// not also reported as an orphan.
    @Test func aMisspelledOutlineEntryIsNotAlsoAnOrphan() throws {
        let course = ExampleRepository.base["curso/course.yaml"]!.replacingOccurrences(of: "- leccion.md", with: "- Leccion.md")
        let result = try TestRepository.check(["curso/course.yaml": course])
        #expect(result.ids.filter { $0 != "CS0403" } == ["CS0201"], "\(result.described)")
        let diagnostic = try #require(result.with("CS0201").first)
        #expect(diagnostic.message.description.contains("did you mean 'leccion.md'?"), "\(diagnostic.message)")
        #expect(try Self.applying(result.diagnostics, to: course, in: "curso/course.yaml").diagnostics.isEmpty)
    }

    // MARK: A web address as a file

    @Test func aWebAddressAsAFileSaysHowToLinkIt() throws {
        let video = "---\nid: leccion\ntitle: Caída libre\nkind: video\nfile: https://www.youtube.com/watch?v=abc123\n---\n"
        let result = try TestRepository.check(["curso/leccion.md": video])
        #expect(result.ids == ["CS0212"], "\(result.described)")
        let message = try #require(result.with("CS0212").first?.message.description)
        #expect(message.description.contains("`kind: link`") && message.description.contains("provider: youtube"), "\(message)")

        let subtitles = "---\nid: leccion\ntitle: Caída libre\nkind: video\nfile: media/clase.mp4\nsubtitles: { es: https://example.org/clase.vtt }\n---\n\nTexto.\n"
        let other = try TestRepository.check(bytes: ExampleRepository.base.mapValues { Array($0.utf8) }.merging([
            "curso/leccion.md": Array(subtitles.utf8), "curso/media/clase.mp4": Array(AccessibilityRules.mp4.utf8),
        ]) { _, new in new })
        let subtitleMessage = try #require(other.with("CS0212").first?.message.description, "\(other.described)")
        #expect(subtitleMessage.contains("download the file"), "\(subtitleMessage)")
        #expect(other.with("CS0201").isEmpty)
    }

    // MARK: Messages that respect the declared type

    @Test func trueFalseQuestionsAreNotToldToBecomeMultipleChoice() throws {
        func check(_ question: String) throws -> [Diagnostic] {
            try TestRepository.check(["curso/practica.md": "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n" + question]).diagnostics
        }
        let both = try check("1. El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [x] Falso\n")
        #expect(both.map(\.id) == ["CS0304"])
        #expect(both.allSatisfy { !$0.message.description.contains("type=multiple") && $0.message.description.contains("true/false") }, "\(both)")
        let neither = try check("1. El 0 es par. {#cero type=true-false}\n\n   - [ ] Verdadero\n   - [ ] Falso\n")
        #expect(neither.map(\.id) == ["CS0303"])
        #expect(neither.first?.message.description.contains("mark [x] the true option if the statement is true") == true)
        let single = try check("1. ¿Cuál es par? {#par}\n\n   - [x] 4\n   - [x] 6\n   - [ ] 5\n")
        #expect(single.first?.message.description.contains("add type=multiple") == true, "\(single)")
    }

    // MARK: Accessibility

    @Test func mediaNeedsSubtitlesOrATranscript() throws {
        func check(_ lesson: String, _ media: [String: [UInt8]]) throws -> [Diagnostic] {
            var files = ExampleRepository.base.mapValues { Array($0.utf8) }
            files["curso/leccion.md"] = Array(lesson.utf8)
            for (path, bytes) in media { files[path] = bytes }
            return try TestRepository.check(bytes: files).with("CS0220")
        }
        let mp3: [UInt8] = Array("ID3".utf8) + [3, 0, 0, 0, 0, 0, 0]
        let audio = "---\nid: leccion\ntitle: Entrevista\nkind: audio\nfile: media/entrevista.mp3\n---\n\nEscucha la entrevista.\n"
        let reported = try check(audio, ["curso/media/entrevista.mp3": mp3])
        #expect(reported.count == 1 && reported.first?.message.description.contains("audio") == true, "\(reported)")
        #expect(reported.first?.range.start == SourcePosition(line: 5, column: 7))
        let words = (1...100).map { "palabra\($0 % 10)" }.joined(separator: " ")
        #expect(try check(audio + "\n" + words + "\n", ["curso/media/entrevista.mp3": mp3]).isEmpty, "a transcript of 100 words")
        let video = "---\nid: leccion\ntitle: Caída libre\nkind: video\nfile: media/clase.mp4\n---\n\nMira el video.\n"
        let mp4 = Array(AccessibilityRules.mp4.utf8)
        #expect(try check(video, ["curso/media/clase.mp4": mp4]).count == 1)
        let subtitled = video.replacingOccurrences(of: "file: media/clase.mp4\n", with: "file: media/clase.mp4\nsubtitles: { es: media/clase.vtt }\n")
        #expect(try check(subtitled, ["curso/media/clase.mp4": mp4,
                                      "curso/media/clase.vtt": Array("WEBVTT\n\n00:00.000 --> 00:02.000\nHola.\n".utf8)]).isEmpty)
    }

    @Test func placeholderAltTextIsReported() throws {
        func reported(_ alt: String) throws -> Bool {
            let lesson = "---\nid: leccion\ntitle: Lección\n---\n\n![\(alt)](media/recta_numerica.png)\n"
            let result = try TestRepository.check(bytes: ExampleRepository.base.mapValues { Array($0.utf8) }.merging([
                "curso/leccion.md": Array(lesson.utf8), "curso/media/recta_numerica.png": Self.image]) { _, new in new })
            return !result.with("CS0221").isEmpty
        }
        for alt in ["imagen", "Image", "FOTO", "Foto 2", "figura 3.", "Gráfica", "captura de pantalla", "recta_numerica.png",
                    "recta numerica", "Recta-Numérica"] {
            #expect(try reported(alt), "\(alt)")
        }
        for alt in ["La recta numérica del −3 al 3", "Imagen de una recta numérica con el −3 marcado", "Foto del laboratorio de química"] {
            #expect(try !reported(alt), "\(alt)")
        }
    }

    @Test func headingsThatSkipALevelAreFixed() throws {
        let text = "---\nid: leccion\ntitle: Lección\n---\n\n### Energía\n\nTexto.\n\n### Trabajo\n\n## Potencia\n\n#### Watt\n\nOtra sección\n------------\n\nTexto.\n"
        let result = try TestRepository.check(["curso/leccion.md": text])
        let skipped = result.with("CS0222")
        #expect(skipped.map(\.range.start.line) == [6, 14], "\(result.described)")
        let fixed = try Self.applying(result.diagnostics, to: text, in: "curso/leccion.md")
        #expect(fixed.with("CS0222").isEmpty, "\(fixed.described)")
    }

    @Test func linkTextThatSaysNothingIsReported() throws {
        func reported(_ text: String) throws -> Bool {
            let lesson = "---\nid: leccion\ntitle: Lección\n---\n\nPara practicar, [\(text)](https://phet.colorado.edu/es/).\n"
            return try !TestRepository.check(["curso/leccion.md": lesson]).with("CS0223").isEmpty
        }
        for text in ["aquí", "AQUI", "Haz clic aquí", "click here", "este enlace", "Ver más…", "liga"] {
            #expect(try reported(text), "\(text)")
        }
        for text in ["la simulación de la pista de patinaje", "aquí tienes la simulación de PhET", "PhET"] {
            #expect(try !reported(text), "\(text)")
        }
    }
}
