/// Item-writing guidelines from the measurement literature (Haladyna,
/// Downing & Rodriguez, 2002), as warnings on every quiz and assessment.
extension AssessmentRules {
    static func practice(_ question: String) -> [String: String] {
        ["curso/practica.md": "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. \(question)"]
    }

    public static let allOrNoneOfTheAbove = Rule(
        id: "CS0324", name: "all-or-none-of-the-above", severity: .warning, category: .assessment,
        summary: "An option is \"all of the above\" or \"none of the above\".",
        explanation: """
        "Todas las anteriores" (all of the above) can be chosen by a learner \
        who recognises just two right options, and "ninguna de las \
        anteriores" (none of the above) shows only that the learner knows \
        what is wrong, not what is right; both also break when options are \
        shuffled. Replace the option with a plausible distractor. Detected \
        in Spanish and English, ignoring case and accents.
        """,
        examples: [
            ExampleFiles.triggering(practice("¿Cuál es par? {#par objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] ↓Ninguna de las anteriores\n")),
            ExampleFiles.quiet(practice("¿Cuál es par? {#par objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] 8\n")),
        ])

    public static let rightOptionLongest = Rule(
        id: "CS0325", name: "right-option-longest", severity: .warning, category: .assessment,
        summary: "The right option is much longer than the distractors.",
        explanation: """
        Test-wise learners pick the longest option, because writers tend to \
        qualify the right answer carefully and write short distractors. In a \
        single-choice question, the right option is reported when it is at \
        least `ratio` times (default 1.5) as long as the longest wrong \
        option and at least `min-difference` characters (default 10) \
        longer. Shorten the right option or make the distractors as \
        precise.
        """,
        examples: [
            ExampleFiles.triggering(practice("¿Qué es un número primo? {#primo objectives=M1}\n\n   - [x] ↓Un número natural mayor que 1 cuyos únicos divisores son 1 y él mismo\n   - [ ] Un número par\n   - [ ] Un número impar\n")),
            ExampleFiles.quiet(practice("¿Qué es un número primo? {#primo objectives=M1}\n\n   - [x] Un natural con exactamente dos divisores\n   - [ ] Un natural con exactamente un divisor\n   - [ ] Un natural con más de dos divisores\n")),
            // Lengths are what the learner reads: TeX and markup are not counted.
            ExampleFiles.quiet(practice("¿Cuánto es $0.48$ como fracción? {#fraccion objectives=M1}\n\n   - [x] $\\dfrac{12}{25}$\n   - [ ] $4$\n   - [ ] $8$\n")),
        ],
        parameters: ["ratio": RuleParameter(.number(1...1_000), default: "1.5"), "min-difference": "10"])

    public static let negativeStem = Rule(
        id: "CS0326", name: "negative-stem", severity: .warning, category: .assessment,
        summary: "A question asks for the exception (\"¿Cuál no es…?\", \"…excepto:\") without emphasising it.",
        explanation: """
        Learners read "¿Cuál NO es…?" quickly as "¿Cuál es…?" and answer the \
        opposite question. Ask positively when you can; when the question \
        must ask for the exception, put the word in bold: `¿Cuál **no** es \
        un número primo?` (the fix does). Capitals alone are not emphasis.

        Only a question that asks for the exception is reported: in its \
        question part (from its last `¿`, or its last sentence), a `no`, \
        `nunca`, `not` or `never` that follows an interrogative (cuál, qué, \
        quién, which, what) or "la opción que" after selecciona, elige, \
        señala, indica, marca or identifica; or `excepto`, `salvo`, `except` \
        at the end, before an interrogative, or after "todas", "siguientes", \
        "all" or "following". A negation inside a condition or a fact of the \
        stem is not: "si no hay fricción", "un cuerpo que no se mueve", \
        "¿Por qué…no…?", "¿Cuál es un ejemplo de energía no renovable?", \
        "su masa no cambia" before the question. The reading is by word \
        lists, not grammar: disable the rule inline where it is wrong.
        """,
        examples: [
            ExampleFiles.triggering(practice("¿Cuál de las siguientes sustancias ↓NO es una mezcla? {#mezcla objectives=M1}\n\n   - [x] Agua destilada\n   - [ ] Aire\n   - [ ] Agua de mar\n")),
            ExampleFiles.triggering(practice("Todas las siguientes son propiedades de los metales, ↓excepto: {#metales objectives=M1}\n\n   - [ ] Conducen bien el calor\n   - [ ] Son maleables\n   - [x] Son aislantes eléctricos\n")),
            ExampleFiles.triggering(practice("Selecciona la opción que ↓no corresponde a una fuente de energía renovable. {#renovable objectives=M1}\n\n   - [ ] Solar\n   - [ ] Eólica\n   - [x] Carbón\n")),
            ExampleFiles.triggering(practice("Which of the following is ↓not a vector quantity? {#vector objectives=M1}\n\n   - [ ] Velocity\n   - [ ] Force\n   - [x] Mass\n")),
            ExampleFiles.quiet(practice("¿Cuál **no** es un número primo? {#primo objectives=M1}\n\n   - [ ] 7\n   - [x] 9\n")),
            ExampleFiles.quiet(practice("Un bloque se desliza sobre una superficie horizontal. Si no hay fricción, ¿qué ocurre con su velocidad? {#friccion objectives=M1}\n\n   - [x] Se mantiene constante\n   - [ ] Disminuye\n")),
            ExampleFiles.quiet(practice("¿Qué ocurre con la densidad de un gas al calentarlo en un recipiente cerrado, si su masa no cambia? {#densidad objectives=M1}\n\n   - [x] Se mantiene\n   - [ ] Aumenta\n")),
            ExampleFiles.quiet(practice("¿Cuál es la aceleración de un cuerpo que no está sujeto a ninguna fuerza neta? {#inercia objectives=M1}\n\n   - [x] Cero\n   - [ ] 9.8 m/s²\n")),
            ExampleFiles.quiet(practice("¿Por qué el agua con sal conduce la electricidad y el agua con azúcar no? {#conduce objectives=M1}\n\n   - [x] La sal forma iones\n   - [ ] El azúcar es más densa\n")),
            ExampleFiles.quiet(practice("¿Cuál de los siguientes es un recurso no renovable? {#recurso objectives=M1}\n\n   - [x] El petróleo\n   - [ ] El viento\n")),
        ])

    public static let missingExplanation = Rule(
        id: "CS0327", name: "missing-explanation", severity: .warning, category: .assessment,
        summary: "With show-answers on, an option or question has no explanation.",
        explanation: """
        When an assessment has `show-answers: true`, the platform shows each \
        learner the right answers with their explanations; an option without \
        one leaves a blank where the learner looks for feedback. Give every \
        option of a choice question an explanation (a blockquote under the \
        option), and every fill-in-the-blanks or true/false question an \
        explanation (a blockquote after the question).
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(items: 19, frontMatter: "show-answers: true\n", extra:
                twentieth + "   - [x] 49\n     > Correcto.\n   - [ ] 48\n     > Uno menos.\n   - [ ] ↓14\n   - [ ] 77\n     > Revisa.\n", explained: true)]),
            ExampleFiles.quiet(["curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "show-answers: true\n", explained: true)]),
        ])

    public static let itemWriting: [Rule] = [allOrNoneOfTheAbove, rightOptionLongest, negativeStem, missingExplanation]
}
