/// Rules about what the platform (Microsoft Community Training) can import,
/// reported by `coursec build` while it writes the `mct` target: they
/// describe the output, not the sources, so `coursec check` does not run
/// them and they carry no examples for the example-driven rule tests.
/// (The packages of HTML and SCORM lessons are sources: `PackageRules`,
/// checked by `coursec check`.)
public enum PlatformRules {
    public static let commaInQuestionText = Rule(
        id: "CS0701", name: "csv-comma-in-question-text", severity: .warning, category: .questions,
        summary: "Question or choice text contains commas, which the platform's CSV guidance forbids.",
        explanation: """
        The question CSVs are written as RFC 4180 CSV: a cell with a comma is \
        quoted, and a real CSV parser (the platform's importer, Excel, \
        LibreOffice) reads it correctly. The platform's own guidance, though, \
        asks for no commas in question and choice text, because people check \
        the file by counting commas. coursec keeps the commas (rewording \
        questions is the author's call) and reports each quiz that has them, \
        so the deployer knows to open the file with a CSV-aware tool. Turn \
        the rule off in the policy if your platform import is known to work.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ↓¿Cuánto es 2 + 2, en total? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2 en total? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])

    public static let separatorInValue = Rule(
        id: "CS0702", name: "csv-separator-in-value", severity: .warning, category: .questions,
        summary: "An explanation or an accepted answer contains the platform's list separator.",
        explanation: """
        The platform splits *Answer Explanation* on `;` (one explanation per \
        choice) and *Correct Answer* of fill-in-the-blanks questions on `;` \
        (answers of one blank) and `|` (blanks). A `;` inside an explanation \
        is written as `,` so the explanations stay aligned with their \
        choices; a `;` or `|` inside an accepted answer cannot be written at \
        all and would split it into two answers. An accepted answer that \
        starts with `=`, `+`, `-` or `@` (and has no alternative to list \
        first) is written with a leading apostrophe so spreadsheet software \
        does not run it as a formula, which the platform may then compare \
        literally. Reword the explanation or answer.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#↓suma}\n\n   - [x] 4\n     > Correcto; dos más dos.\n   - [ ] 5\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n     > Correcto: dos más dos.\n   - [ ] 5\n"),
        ])

    public static let placeholderChoices = Rule(
        id: "CS0703", name: "csv-placeholder-choices", severity: .warning, category: .questions,
        summary: "A quiz mixes questions with different numbers of choices.",
        explanation: """
        Every row of the platform's question CSV has the same number of \
        `Choice n` columns. A question with fewer choices than the widest one \
        (a true/false question in a four-option quiz, say) gets empty cells, \
        and the platform fills them with placeholder choices that must be \
        deleted by hand after the import. The deployment checklist lists the \
        questions concerned; giving every question of the quiz the same \
        number of options avoids the manual step.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n   - [ ] 6\n\n2. ↓El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n\n2. El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
        ])

    public static let all: [Rule] = [
        commaInQuestionText, separatorInValue, placeholderChoices,
    ]
}
