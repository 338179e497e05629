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

    /// Stems that ask for the exception, with the word reported. Several are
    /// written as the programme's exams and quizzes write them.
    static let askingForTheException: [(stem: String, word: String)] = [
        ("¿Cuál NO es primo?", "NO"),
        ("Which of these is NOT prime?", "NOT"),
        ("No hay datos. Elige el que nunca cambia.", "nunca"),
        ("Elige el que no cambia.\n", "no"),
        ("¿Cuál no…?", "no"),
        ("¿Cuál «NUNCA» cambia?", "NUNCA"),
        ("¿Qué noé excepto?", "excepto"),
        ("¿Cuál de las siguientes sustancias no es una mezcla?", "no"),
        ("¿Qué tipo de energía no depende de la altura a la que está un objeto?", "no"),
        ("Todas las siguientes son propiedades de los metales, excepto:", "excepto"),
        ("Los siguientes son ejemplos de cambios químicos, salvo", "salvo"),
        ("Son números primos todos los siguientes, a excepción de:", "excepción"),
        ("Selecciona la opción que no corresponde a una fuente de energía renovable.", "no"),
        ("¿Cuál es el que no pertenece al grupo de los halógenos?", "no"),
        ("¿Qué es lo que no se conserva en una colisión inelástica?", "no"),
        ("Señala cuál de las siguientes ecuaciones no está balanceada.", "no"),
        ("¿En cuál de los siguientes casos no se realiza trabajo mecánico?", "no"),
        ("Que opción no es un múltiplo de 3?", "no"),
        ("Which of these isn't a prime number?", "isn't"),
        ("All of the following are noble gases except", "except"),
    ]

    /// Negations inside conditions and facts, emphasised, outside the
    /// question part, or not negations at all.
    static let notAskingForTheException: [String] = [
        "¿Cuál **no** es primo?", "¿Cuál _no_ es primo?", "¿Cuál <strong>no</strong> es primo?",
        "Ana no tiene dinero. ¿Cuánto le falta?",
        "¿Cuál es $x$ si $x \\no 0$?",
        "¿Qué número es primo?",
        "Nunca. Elige el que cambia:",
        "¿Qué noé? ",
        "Un bloque se desliza sobre una superficie horizontal. Si no hay fricción, ¿qué ocurre con su velocidad?",
        "¿Qué ocurre con la velocidad de un bloque si no hay fricción?",
        "Un trozo de hielo se derrite en un vaso cerrado y su masa no cambia. ¿Qué le sucede a su volumen?",
        "¿Qué le sucede al volumen de un gas cuya temperatura no cambia al comprimirlo?",
        "¿Cuál es la aceleración de un cuerpo que no está sujeto a ninguna fuerza neta?",
        "¿Por qué el agua con sal conduce la electricidad y el agua con azúcar no?",
        "Al plantear que tres números enteros consecutivos suman $50$ se obtiene $3n + 3 = 50$, cuya solución no es entera; por lo tanto no existen tres enteros consecutivos que sumen $50$.",
        "¿Cuál de los siguientes es un recurso no renovable?",
        "¿Cuál es el nombre del proceso en el que no hay intercambio de calor con el entorno?",
        "¿Cuánto suman los números del 1 al 10 excepto el 5?",
        "Todos los cuerpos caen con la misma aceleración en el vacío, salvo que haya aire. ¿Cuál llega primero?",
        "¿Qué pasa con un objeto que no tiene carga eléctrica dentro de un campo eléctrico?",
        "What happens to the current if the circuit is not closed?",
        "Indica la masa de un cuerpo que no se mueve.",
        "Los náufragos quedaron a salvo en la isla. ¿Cuántos eran?",
    ]

    @Test func stemsThatAskForTheExceptionAreFound() {
        for (stem, word) in Self.askingForTheException {
            let found = NegationFinder.unemphasizedException(in: stem)
            #expect(found?.word == word, "\(stem)")
            if let found {
                let at = String(String.UnicodeScalarView(stem.unicodeScalars.dropFirst(found.offset).prefix(word.unicodeScalars.count)))
                #expect(at == word, "the offset points at the word in \(stem)")
            }
        }
    }

    @Test func conditionsFactsAndEmphasisedNegationsAreFine() {
        for stem in Self.notAskingForTheException {
            #expect(NegationFinder.unemphasizedException(in: stem) == nil, "\(stem)")
        }
        #expect(String(Substring(NegationFinder.questionPart(of: "Dato ¿uno? Texto ¿Cuál sí?.."))) == "¿Cuál sí?..")
        #expect(String(Substring(NegationFinder.questionPart(of: "Primero. Luego el último: "))) == " Luego el último")
    }

    /// The diagnostic points at the word and its fix puts it in bold, after
    /// which the question is quiet; a second line of the stem keeps the
    /// diagnostic on the stem, without a fix.
    @Test func theNegationIsPointedAtAndPutInBold() throws {
        let quiz = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuál de estas sustancias NO es una mezcla? {#mezcla objectives=M1}\n\n   - [x] Agua destilada\n   - [ ] Aire\n"
        let result = try TestRepository.check(ExampleFiles.aligned(["curso/practica.md": quiz]))
        let diagnostic = try #require(result.with("CS0326").first, "\(result.described)")
        #expect(diagnostic.range.start == SourcePosition(line: 7, column: 30))
        #expect(diagnostic.fixes.map(\.replacement) == ["**NO**"])
        let fixed = FixApplier.apply(diagnostic.fixes, to: quiz)
        #expect(fixed.contains("¿Cuál de estas sustancias **NO** es una mezcla?"))
        #expect(try TestRepository.check(ExampleFiles.aligned(["curso/practica.md": fixed])).with("CS0326").isEmpty)

        let twoLines = quiz.replacingOccurrences(of: "¿Cuál de estas", with: "Observa la tabla.\n   ¿Cuál de estas")
        let other = try #require(try TestRepository.check(ExampleFiles.aligned(["curso/practica.md": twoLines])).with("CS0326").first)
        #expect(other.range.start == SourcePosition(line: 7, column: 4))
        #expect(other.fixes.isEmpty)
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
