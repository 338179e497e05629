import CoursecTestSupport
import CourseKit
import Foundation
import Testing
@testable import CourseImport

/// The importer on files as the platform's template has them (not only as
/// coursec writes them), read back by coursec's own loader; and the
/// examples of the import rules (CS1101–CS1104), run through the importer.
@Suite struct QuestionImportTests {
    /// Imports `csv` and loads the result as the quiz of a small repository.
    static func importAndLoad(_ csv: String, kind: MCTQuestionImport.Kind = .quiz) throws -> (Quiz?, MCTQuestionImport.Outcome) {
        let folder = try ScratchFolder.make("import")
        let file = folder.appendingPathComponent("preguntas.csv")
        try Data(csv.utf8).write(to: file)
        let outcome = try MCTQuestionImport(kind: kind, id: "importada", title: "Práctica: importada").run(path: file.path, name: "preguntas.csv")
        guard let markdown = outcome.markdown else { return (nil, outcome) }
        var files = ExampleRepository.base
        files["curso/importada.md"] = markdown
        files["curso/course.yaml"] = files["curso/course.yaml"]!.replacingOccurrences(of: "      - leccion.md", with: "      - leccion.md\n      - importada.md")
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files.mapValues { Array($0.utf8) })).check()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))\n\(markdown)")
        let quiz = result.repository.courses.first?.units.flatMap(\.items).compactMap(\.quiz).first { $0.id.value == "importada" }
        return (quiz, outcome)
    }

    @Test func thePlatformsOwnTemplate() throws {
        // Another column order, other case, LF line ends, no byte-order mark,
        // fewer choice columns, `Contains`, lowercase TRUE.
        let csv = """
            question type,serial number,question text,choice 1,choice 2,choice 3,correct answer,answer explanation,match criterion
            single choice,1,¿Cuánto es 2 + 2?,4,5,22,1,Sumar.;No.;Juntar cifras no es sumar.,
            Multiple Choice,2,Elige los pares.,4,7,10,1;3,,
            True False,3,<strong>Todo</strong> entero es racional.,TRUE,FALSE,,true,,
            Fill Blanks,4,La planta hace | con la luz y libera |.,,,,fotosíntesis|oxígeno;O2,,Contains|Exact match
            """
        let (loaded, outcome) = try Self.importAndLoad(csv)
        let quiz = try #require(loaded)
        #expect(outcome.diagnostics.isEmpty)
        #expect(quiz.title.value == "Práctica: importada")
        #expect(quiz.items.map(\.type) == [.single, .multiple, .trueFalse, .fillBlanks])
        #expect(quiz.items.map(\.id.value) == ["cuanto-2-2", "elige-pares", "todo-entero-racional", "planta-hace-luz-libera"])
        #expect(quiz.items[0].options.map(\.isCorrect) == [true, false, false])
        #expect(quiz.items[0].options.map(\.explanation) == ["Sumar.", "No.", "Juntar cifras no es sumar."])
        #expect(quiz.items[1].options.map(\.isCorrect) == [true, false, true])
        #expect(quiz.items[2].stem.hasPrefix("**Todo** entero es racional."))
        #expect(quiz.items[3].blanks.map(\.answers) == [["fotosíntesis"], ["oxígeno", "O2"]])
        #expect(quiz.items[3].blanks.map(\.match) == [.contains, .exact])
    }

    @Test func anAssessment() throws {
        let csv = "Serial Number,Question Type,Question Text,Choice 1,Choice 2,Correct Answer\r\n1,Single choice,¿2 + 2?,4,5,1\r\n"
        let folder = try ScratchFolder.make("import-assessment")
        try Data(csv.utf8).write(to: folder.appendingPathComponent("e.csv"))
        let outcome = try MCTQuestionImport(kind: .assessment, id: "evaluacion", title: "Evaluación").run(path: folder.appendingPathComponent("e.csv").path, name: "e.csv")
        #expect(outcome.markdown?.hasPrefix("---\nid: evaluacion\ntype: assessment\ntitle: Evaluación\n---\n") == true)
    }

    static let ruleExamples: [String] = ImportRules.all.flatMap { rule in rule.examples.indices.map { "\(rule.id)#\($0)" } }

    @Test func everyImportRuleHasATriggeringAndAQuietExample() {
        for rule in ImportRules.all {
            #expect(rule.examples.contains { $0.triggers } && rule.examples.contains { !$0.triggers }, "\(rule.id)")
            #expect(RuleRegistry.rule(id: rule.id) != nil)
        }
    }

    @Test(arguments: ruleExamples)
    func ruleExample(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        let (files, markers) = ExampleRepository.files(for: example)
        let csv = try #require(files["preguntas.csv"])
        let folder = try ScratchFolder.make("import-rule")
        try Data(csv.utf8).write(to: folder.appendingPathComponent("preguntas.csv"))
        let outcome = try MCTQuestionImport(kind: .quiz, id: "practica", title: "Práctica")
            .run(path: folder.appendingPathComponent("preguntas.csv").path, name: "preguntas.csv")
        let found = outcome.diagnostics.filter { $0.id == rule.id }
        if example.triggers {
            #expect(!found.isEmpty, "\(rule.id) did not trigger: \(outcome.diagnostics.map(\.message))")
            #expect(!markers.isEmpty)
            for (path, position) in markers {
                #expect(found.contains { $0.range.file == path && $0.range.start == position },
                        "\(rule.id) not at \(position.line):\(position.column): \(found.map { "\($0.range.start.line):\($0.range.start.column)" })")
            }
        } else {
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        }
    }
}
