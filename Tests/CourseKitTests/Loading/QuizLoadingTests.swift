import Testing
@testable import CourseKit

@Suite struct QuizLoadingTests {
    let quiz = """
        ---
        id: practica
        type: quiz
        title: Práctica
        ---

        Lee con atención.

        1. ¿Cuál es irracional? {#irracional objectives=M1,M2 difficulty=easy}

           - [ ] $\\frac{3}{4}$
             > Es racional.
           - [x] $\\sqrt{2}$
           - [ ] 0.25

        2. Elige los pares. {#pares type=multiple}

           - [x] 4
           - [ ] 7
           - [x] 10

        3. El cero es par. {#cero type=true-false}

           - [x] Verdadero
           - [ ] Falso

           > El cero es divisible entre 2.

        4. La mitad de 8 es [[4 | cuatro]] y el doble de 5 es [[~10]]. {#mitad}

        10. Pregunta diez. {#diez}

           - [x] Sí
           - [ ] No
        """

    @Test func questionsAreReadWithTypesOptionsAndExplanations() throws {
        let result = try TestRepository.check(["curso/practica.md": quiz])
        // The base repository declares no frameworks: codes are not judged here.
        // The quiz mixes choice counts on purpose: the platform note says so (CS0703).
        #expect(result.diagnostics.filter { !$0.id.hasPrefix("CS04") }.map(\.id) == ["CS0703"], "\(result.described)")
        let loaded = try #require(result.repository.courses.first?.quizzes.first)
        // Each question's meaning, resolved once for every target.
        #expect(loaded.items.map(\.resolved.answer) == [
            .options([1]), .options([0, 2]), .trueFalse(isTrue: true, trueOption: 0), .blanks([["4", "cuatro"], ["10"]]),
            .options([0]),
        ])
        #expect(loaded.items[0].resolved.options == ["3/4", "√2", "0.25"])
        #expect(loaded.items[0].resolved.optionExplanations == ["Es racional.", nil, nil])
        #expect(loaded.items[3].resolved.stem == "La mitad de 8 es ___ y el doble de 5 es ___.")
        #expect(loaded.items[2].resolved.explanation == "El cero es divisible entre 2.")
        #expect(loaded.introduction == "Lee con atención.")
        #expect(loaded.items.map(\.id.value) == ["irracional", "pares", "cero", "mitad", "diez"])
        #expect(loaded.items.map(\.type) == [.single, .multiple, .trueFalse, .fillBlanks, .single])
        let first = loaded.items[0]
        #expect(first.stem == "¿Cuál es irracional?")
        #expect(first.objectives.map(\.value) == ["M1", "M2"])
        #expect(first.objectives.map(\.range.start.column) == [49, 52])
        #expect(first.difficulty == .easy)
        #expect(first.options.map(\.text) == ["$\\frac{3}{4}$", "$\\sqrt{2}$", "0.25"])
        #expect(first.options.map(\.isCorrect) == [false, true, false])
        #expect(first.options[0].explanation == "Es racional.")
        #expect(first.range.start == SourcePosition(line: 9, column: 4))
        #expect(loaded.items[2].explanation == "El cero es divisible entre 2.")
        #expect(loaded.items[3].blanks.map(\.answers) == [["4", "cuatro"], ["10"]])
        #expect(loaded.items[3].blanks.map(\.match) == [.exact, .contains])
        #expect(loaded.items[3].blanks.first?.range.start == SourcePosition(line: 29, column: 21))
        // Options indented less than "10. " still belong to question 10.
        #expect(loaded.items[4].options.count == 2)
    }

    /// Found by `make fuzz` (quiz): a stem whose last line ends in `}` while
    /// the last `{` is on an earlier line was read as an attribute block
    /// across lines, and its codes were pointed at columns of the last line
    /// that it does not have. Such a stem has no attribute block.
    @Test func anAttributeBlockDoesNotSpanLines() throws {
        let quiz = """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. ¿Cuánto cuestan? {#cuadernos objectives=M1}
            del producto}

               - [x] 144
               - [ ] 150
            """
        let result = try TestRepository.check(["curso/practica.md": quiz])
        let item = try #require(result.repository.courses.first?.quizzes.first?.items.first)
        #expect(item.objectives.isEmpty)
        #expect(!result.diagnostics.contains { $0.id == "CS0401" }, "\(result.described)")
        let noID = try #require(result.diagnostics.first { $0.message.description.contains("has no id") }, "\(result.described)")
        #expect(noID.range.start.line == 7)
        for diagnostic in result.diagnostics where diagnostic.range.file == "curso/practica.md" {
            #expect(diagnostic.range.start.line <= 11)
        }
    }

    @Test func assessmentSettingsAndBlueprint() throws {
        let assessment = """
            ---
            id: evaluacion
            type: assessment
            title: Evaluación
            pass: 70
            attempts: 2
            shuffle: true
            blueprint: { M1: 60%, M2: 40 }
            ---

            1. ¿2 + 2? {#suma objectives=M1}

               - [x] 4
               - [ ] 5
            """
        var course = ExampleRepository.base["curso/course.yaml"]!
        course += "assessment: evaluacion.md\n"
        let result = try TestRepository.check(["curso/evaluacion.md": assessment, "curso/course.yaml": course])
        let loaded = try #require(result.repository.courses.first?.assessment)
        #expect(loaded.settings.passPercentage == 70)
        #expect(loaded.settings.attempts == 2)
        #expect(loaded.settings.shuffle)
        #expect(!loaded.settings.showAnswers)
        #expect(loaded.blueprint.map(\.code.value) == ["M1", "M2"])
        #expect(loaded.blueprint.map(\.percent.value) == [60, 40])
    }
}
