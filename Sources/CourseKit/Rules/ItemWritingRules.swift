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
        summary: "A question asks in the negative without emphasising the negation.",
        explanation: """
        Learners read "¿Cuál NO es…?" quickly as "¿Cuál es…?" and answer the \
        opposite question. Ask positively when you can; when the negation is \
        needed, emphasise it in bold: `¿Cuál **no** es un número primo?`. \
        The question part of the stem (from its last `¿`, or its last \
        sentence) is searched for no, nunca, excepto, salvo, not, never and \
        except outside bold or italics; capitals alone are not emphasis.
        """,
        examples: [
            ExampleFiles.triggering(practice("↓¿Cuál NO es un número par? {#impar objectives=M1}\n\n   - [x] 3\n   - [ ] 4\n")),
            ExampleFiles.quiet(practice("¿Cuál **no** es un número par? {#impar objectives=M1}\n\n   - [x] 3\n   - [ ] 4\n")),
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
