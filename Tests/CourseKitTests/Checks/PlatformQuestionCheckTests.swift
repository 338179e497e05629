import Testing
@testable import CourseKit

/// What the platform's question CSV asks of authors and deployers, said once
/// per quiz: commas that rewording could remove (CS0701), with a note at
/// each question, and the placeholder choices of mixed choice counts
/// (CS0703), a note with the deployer's step. Both can be turned off.
@Suite struct PlatformQuestionCheckTests {
    static let header = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n"

    static func check(_ questions: String, policy: String = "") throws -> CourseCompiler.Result {
        var files = ExampleFiles.aligned(["curso/practica.md": header + questions])
        if !policy.isEmpty { files["coursec.yaml"] = ExampleFiles.manifest(policy: policy) }
        return try TestRepository.check(files)
    }

    static let commas = """
        1. Un auto parte del reposo, ¿qué distancia recorre en 5 s? {#auto objectives=M1}

           - [x] 25 m
           - [ ] 10 m

        2. ¿En qué cuadrante está el punto $(2, -3)$? {#punto objectives=M1}

           - [x] IV
           - [ ] II

        3. ¿Cuánto es 3,5 + 1,5? {#decimal objectives=M1}

           - [x] 5
           - [ ] 4

        4. ¿Qué número es primo? {#primo objectives=M1}

           - [ ] 9
           - [x] 7, el único

        5. Ana, Luis y Eva comparten 12 canicas. ¿Cuántas recibe cada uno? {#canicas objectives=M1}

           - [x] 4
           - [ ] 6

        """

    @Test func commasAreReportedOncePerQuizWithANoteAtEachQuestion() throws {
        let result = try Self.check(Self.commas)
        let reported = result.with("CS0701")
        #expect(reported.count == 1, "\(result.described)")
        let diagnostic = try #require(reported.first)
        // At the comma of the first question, then a note at each other one's.
        #expect(diagnostic.range.start == SourcePosition(line: 7, column: 28))
        #expect(diagnostic.notes.map { $0.range?.start } == [SourcePosition(line: 25, column: 11), SourcePosition(line: 27, column: 7)])
        #expect(diagnostic.notes.map(\.message.description) == ["question 'primo' has a comma here", "question 'canicas' has a comma here"])
        #expect(diagnostic.message.description.hasPrefix("3 questions of “Práctica” have commas"), "\(diagnostic.message)")
        #expect(diagnostic.message.description.hasSuffix(": auto, primo, canicas"), "\(diagnostic.message)")
        // Why, and a rewording that keeps the sentence whole, never "remove the commas".
        for words in ["people check its CSV by counting them", "the import works", "a semicolon", "two sentences",
                      "keep the commas a question needs"] {
            #expect(diagnostic.message.description.contains(words), "\(words)")
        }
        for words in ["remove", "drop", "delete"] { #expect(!diagnostic.message.description.contains(words), "\(words)") }
    }

    @Test func commasAQuestionNeedsAreNotReported() throws {
        let needed = Self.commas.components(separatedBy: "\n\n")[2...5].joined(separator: "\n\n") + "\n"
        #expect(try Self.check(needed).with("CS0701").isEmpty)
        for text in ["$(2, 3)$", "3,5", "1,000", "`f(a, b)`", "Escribe [[3,5]] aquí", "$$\\{1, 2\\}$$", "sin coma"] {
            #expect(PlatformQuestionText.rewordableComma(in: text) == nil, "\(text)")
        }
        let found: [(String, Int)] = [("Ana, Luis", 3), ("$$x, y$$ y, z", 10), ("\\$5, o", 3), ("1, 2 y 3", 1), ("[[a]], b", 5)]
        for (text, offset) in found {
            #expect(PlatformQuestionText.rewordableComma(in: text) == offset, "\(text)")
        }
    }

    @Test func mixedChoiceCountsAreOneNoteWithTheDeployersStep() throws {
        let questions = """
            1. ¿Cuánto es 2 + 2? {#suma objectives=M1}

               - [x] 4
               - [ ] 5
               - [ ] 6
               - [ ] 8

            2. El 0 es par. {#cero objectives=M1 type=true-false}

               - [x] Verdadero
               - [ ] Falso

            3. El 1 es primo. {#uno objectives=M1 type=true-false}

               - [ ] Verdadero
               - [x] Falso

            """
        let result = try Self.check(questions)
        let notes = result.with("CS0703")
        #expect(notes.count == 1, "\(result.described)")
        let note = try #require(notes.first)
        #expect(note.severity == .note)
        #expect(note.range.start.line == 14, "at the first question that gets placeholders")
        #expect(note.message.description.contains("questions 2, 3 placeholder choices up to 4"), "\(note.message)")
        #expect(note.message.description.contains("the deployer deletes them (DEPLOY.md lists them)"), "\(note.message)")
        // A note is not a warning: --strict does not fail on it.
        let strict = try CourseCompiler(fileSystem: InMemoryFileSystem(files: ExampleRepository.base.merging(
            ExampleFiles.aligned(["curso/practica.md": Self.header + questions])) { _, new in new }), warningsAsErrors: true).check()
        #expect(strict.with("CS0703").count == 1 && !strict.hasErrors, "\(strict.described)")
    }

    @Test func bothAreTurnedOffInThePolicy() throws {
        let questions = Self.commas + "6. El 0 es par. {#cero objectives=M1 type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n\n"
            + "7. ¿Cuál es par? {#par objectives=M1}\n\n   - [x] 2\n   - [ ] 3\n   - [ ] 5\n"
        let on = try Self.check(questions)
        #expect(on.with("CS0701").count == 1 && on.with("CS0703").count == 1, "\(on.described)")
        let off = try Self.check(questions, policy: "    csv-comma-in-question-text: off\n    CS0703: off\n")
        #expect(off.with("CS0701").isEmpty && off.with("CS0703").isEmpty, "\(off.described)")
    }
}
