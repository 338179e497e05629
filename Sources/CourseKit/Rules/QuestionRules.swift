/// Rules about the structure of quiz and assessment questions.
extension Rules {
    public static let noQuestions = Rule(
        id: "CS0301", name: "no-questions", severity: .error, category: .questions,
        summary: "A quiz has no questions.",
        explanation: """
        Questions are written as a numbered list after the front matter: \
        each item `1.`, `2.`… is one question, with its options as a task \
        list (`- [x]` right, `- [ ]` wrong). See docs/format.md.
        """,
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n↓Sin preguntas.\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\nResponde.\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let missingItemID = Rule(
        id: "CS0302", name: "missing-item-id", severity: .error, category: .questions,
        summary: "A question has no id.",
        explanation: """
        Every question carries a stable id in braces at the end of its first \
        line, e.g. `{#suma-fracciones objectives=M1}`. The id lets results be \
        compared across phases and versions even when the text is edited.
        """,
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓¿Cuánto es 2 + 2?\n\n   - [x] 4\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let noRightAnswer = Rule(
        id: "CS0303", name: "no-right-answer", severity: .error, category: .questions,
        summary: "A question has no right answer.",
        explanation: """
        Mark the right option with `[x]`. A fill-in-the-blanks question \
        needs at least one blank `[[answer]]` in its stem.
        """,
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓¿Cuánto es 2 + 2? {#suma}\n\n   - [ ] 4\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let singleChoiceManyRight = Rule(
        id: "CS0304", name: "single-choice-many-right", severity: .error, category: .questions,
        summary: "A single-choice question has more than one right option.",
        explanation: """
        A question is single choice unless it says `type=multiple`. If \
        several options are really right, add `type=multiple` to the \
        question's braces; otherwise leave only one `[x]`. A true/false \
        question (`type=true-false`) has exactly one: `[x] Verdadero` when \
        the statement is true, `[x] Falso` when it is false.
        """,
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓¿Cuál es par? {#par}\n\n   - [x] 4\n   - [x] 6\n   - [ ] 5\n"),
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓La energía se conserva en un sistema aislado. {#conserva type=true-false}\n\n   - [x] Verdadero\n   - [x] Falso\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuáles son pares? {#par type=multiple}\n\n   - [x] 4\n   - [x] 6\n   - [ ] 5\n"),
        ])

    public static let invalidItemAttribute = Rule(
        id: "CS0305", name: "invalid-item-attribute", severity: .error, category: .questions,
        summary: "A question's attributes are not understood.",
        explanation: """
        The braces after a question stem take `#id`, `objectives=CODE,CODE`, \
        `difficulty=easy|medium|hard` and `type=single|multiple|true-false`. \
        Anything else is reported so that a typo is not silently ignored.
        """,
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma ↓dificultad=1}\n\n   - [x] 4\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma difficulty=easy}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let trueFalseOptions = Rule(
        id: "CS0306", name: "true-false-options", severity: .error, category: .questions,
        summary: "A true/false question does not have exactly two options.",
        explanation: "A `type=true-false` question has exactly two options, true and false (`Verdadero`, `Falso`), one of them marked `[x]`.",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n   - [ ] No sé\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
        ])

    public static let multipleChoiceNoWrong = Rule(
        id: "CS0307", name: "multiple-choice-no-wrong", severity: .error, category: .questions,
        summary: "A multiple-choice question has no wrong option.",
        explanation: "When every option is right, the question measures nothing. Add at least one wrong option (`[ ]`).",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓Elige los pares. {#pares type=multiple}\n\n   - [x] 4\n   - [x] 6\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. Elige los pares. {#pares type=multiple}\n\n   - [x] 4\n   - [x] 6\n   - [ ] 7\n"),
        ])

    public static let emptyBlank = Rule(
        id: "CS0308", name: "empty-blank", severity: .error, category: .questions,
        summary: "A blank has no accepted answer.",
        explanation: "Each blank `[[…]]` lists its accepted answers separated by `|`, for example `[[4 | cuatro]]`. An empty blank can never be answered right.",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. La mitad de 8 es ↓[[ ]]. {#mitad}\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. La mitad de 8 es [[4 | cuatro]]. {#mitad}\n"),
        ])

    public static let tooFewOptions = Rule(
        id: "CS0309", name: "too-few-options", severity: .error, category: .questions,
        summary: "A choice question has fewer than two options.",
        explanation: "A choice question needs at least two options, written as a task list under the stem.",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let duplicateOption = Rule(
        id: "CS0310", name: "duplicate-option", severity: .error, category: .questions,
        summary: "Two options of a question are the same.",
        explanation: "Two options with the same text confuse learners and make the question unfair. Change or remove one.",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n   - [ ] ↓5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n   - [ ] 6\n"),
        ])

    public static let optionsNotTaskList = Rule(
        id: "CS0311", name: "options-not-task-list", severity: .error, category: .questions,
        summary: "A question's options are not written as a task list.",
        explanation: "Options are list items that start with `[ ]` (wrong) or `[x]` (right). A plain list item under a question is not an option, so the question would lose it.",
        examples: [.triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   ↓- 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let trueFalseWording = Rule(
        id: "CS0312", name: "true-false-wording", severity: .error, category: .questions,
        summary: "An option of a true/false question says neither true nor false.",
        explanation: """
        The answer of a true/false question is read from the option you mark: its text must say true (`Verdadero`, `Verdadera`, `Cierto`, `Cierta`, `True`) or false (`Falso`, `Falsa`, `False`), and the other option the opposite. The platform's CSV writes TRUE or FALSE and the pages score the option picked, so coursec never guesses which option means what: write the two options with those words, in either order.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. El 0 es par. {#cero type=true-false}\n\n   - [x] ↓Sí\n   - [ ] ↓No\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. El 0 es impar. {#cero type=true-false}\n\n   - [ ] Verdadera\n   - [x] Falsa\n"),
        ])

    public static let emptyAfterSanitizing = Rule(
        id: "CS0313", name: "empty-after-sanitizing", severity: .error, category: .questions,
        summary: "A question's text or an option is empty once unsafe HTML is removed.",
        explanation: """
        Raw HTML in questions goes through the same sanitizer as pages: scripts, styles and every element the policy's `html-allowlist` does not name are removed. When nothing is left of a stem or an option, learners would see an empty question or choose an empty option (and an empty right answer on the platform). Write the text in Markdown.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] ↓<script>4</script>\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] **4**\n   - [ ] 5\n"),
        ])
}
