import Testing
@testable import CourseKit

/// Assessment-quality behaviour beyond the rule examples.
@Suite struct AssessmentCheckTests {
    @Test func nearDuplicateStemsUseTheJaccardIndex() {
        let a = StemSimilarity.words("¿Cuál es el resultado de $3 + 4$ en la recta numérica?")
        let b = StemSimilarity.words("¿Cuál es el resultado de $3 + 4$ en la recta numerica?")
        #expect(StemSimilarity.similarity(a, b) == 1, "accents do not make stems differ")
        let c = StemSimilarity.words("¿Cuál es el resultado de $3 + 5$ en la recta numérica?")
        #expect(StemSimilarity.similarity(a, c) < 0.9)
        #expect(StemSimilarity.similarity(a, c) > 0.7)
        #expect(StemSimilarity.words("ÁRBOL y Árbol, ÑANDÚ 3x **Über**") == ["arbol", "y", "ñandu", "3x", "uber"])
    }

    @Test func theAnswerKeyLimitIsTwiceTheFairShare() throws {
        // 20 items of 4 options: a position may hold at most 10 (here 10 and 10).
        var text = ExampleFiles.assessment(items: 10, keyPosition: 0)
        text += ExampleFiles.assessment(items: 10, keyPosition: 1).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(6)
            .joined(separator: "\n").replacingOccurrences(of: "{#e", with: "{#f")
        let ten = try TestRepository.check(ExampleFiles.aligned(["curso/evaluacion.md": text]))
        #expect(ten.with("CS0323").isEmpty, "\(ten.described)")
        let all = try TestRepository.check(ExampleFiles.aligned(["curso/evaluacion.md": ExampleFiles.assessment(keyPosition: 0)]))
        #expect(all.with("CS0323").first?.message.description.contains("option 1 is the right answer in 20 of the 20") == true, "\(all.described)")
        let shuffled = try TestRepository.check(ExampleFiles.aligned([
            "curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "shuffle: true\n", keyPosition: 0)]))
        #expect(shuffled.with("CS0323").isEmpty, "shuffled options are not checked")
    }

    @Test func negationsOutsideTheQuestionOrInsideEmphasisAreFine() {
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál NO es primo?") == "NO")
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál **no** es primo?") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál _no_ es primo?") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál <strong>no</strong> es primo?") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "Ana no tiene dinero. ¿Cuánto le falta?") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "Which of these is NOT prime?") == "NOT")
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál es $x$ si $x \\no 0$?") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "¿Qué número es primo?") == nil, "'número' contains 'no' but is not the word")
        #expect(NegationFinder.unemphasizedNegation(in: "No hay datos. Elige el que nunca cambia.") == "nunca")
        #expect(NegationFinder.unemphasizedNegation(in: "Elige el que no cambia.\n") == "no")
        #expect(NegationFinder.unemphasizedNegation(in: "Nunca. Elige el que cambia:") == nil)
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál no…?") == "no", "punctuation outside ASCII ends a word")
        #expect(NegationFinder.unemphasizedNegation(in: "¿Cuál «NUNCA» cambia?") == "NUNCA")
        #expect(NegationFinder.unemphasizedNegation(in: "¿Qué noé excepto?") == "excepto")
        #expect(NegationFinder.unemphasizedNegation(in: "¿Qué noé? ") == nil)
        #expect(String(Substring(NegationFinder.questionPart(of: "Dato ¿uno? Texto ¿Cuál sí?.."))) == "¿Cuál sí?..")
        #expect(String(Substring(NegationFinder.questionPart(of: "Primero. Luego el último: "))) == " Luego el último")
    }

    @Test func allOrNoneOfTheAboveIsFoundInBothLanguages() throws {
        for phrase in ["Todas las anteriores.", "NINGUNA DE LAS ANTERIORES", "*None* of the above", "todas las opciones anteriores"] {
            let quiz = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuál? {#q objectives=M1}\n\n   - [ ] 3\n   - [x] \(phrase)\n"
            let result = try TestRepository.check(ExampleFiles.aligned(["curso/practica.md": quiz]))
            #expect(result.with("CS0324").count == 1, "\(phrase): \(result.described)")
        }
    }

    @Test func trueFalseQuestionsNeedAQuestionExplanationWithShowAnswers() throws {
        let extra = "20. El 0 es par. {#cero objectives=M1 type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"
        let missing = try TestRepository.check(ExampleFiles.aligned([
            "curso/evaluacion.md": ExampleFiles.assessment(items: 19, frontMatter: "show-answers: true\n", extra: extra, explained: true)]))
        #expect(missing.with("CS0327").map(\.message.description).first?.contains("question 'cero'") == true, "\(missing.described)")
        let explained = try TestRepository.check(ExampleFiles.aligned([
            "curso/evaluacion.md": ExampleFiles.assessment(items: 19, frontMatter: "show-answers: true\n",
                                                           extra: extra + "\n   > Es divisible entre 2.\n", explained: true)]))
        #expect(explained.with("CS0327").isEmpty, "\(explained.described)")
        // True/false questions are exempt from the option-count rule.
        #expect(explained.with("CS0322").isEmpty, "\(explained.described)")
    }
}
