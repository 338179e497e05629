/// What the platform (Microsoft Community Training) will change in, or ask
/// of the deployer after, the import of a quiz's question CSV. The `mct`
/// target writes the CSV by `PlatformQuestionText`, and `coursec check`
/// reports from the same decisions (`PlatformQuestionCheck`), so check and
/// build say the same. (The packages of HTML and SCORM lessons are sources:
/// `PackageRules`.)
public enum PlatformRules {
    public static let commaInQuestionText = Rule(
        id: "CS0701", name: "csv-comma-in-question-text", severity: .warning, category: .questions,
        summary: "Questions of a quiz have commas in their text or options, which the platform's CSV guidance asks to avoid.",
        explanation: """
        Why: the platform's guidance for its question CSV asks for no commas \
        in question and choice text, because the file is edited in a \
        spreadsheet and checked by counting commas. coursec writes the CSV \
        as RFC 4180 CSV, so a cell with a comma is quoted and a real CSV \
        parser (the platform's importer, Excel, LibreOffice) reads it \
        right: the import works, but a person checking the file by eye may \
        not.

        What to do: reword where the grammar allows, without dropping a \
        comma the sentence needs. Two clauses joined by a comma become two \
        sentences or take a semicolon ("Un auto parte del reposo, ¿qué \
        distancia recorre en 5 s?" → "Un auto parte del reposo. ¿Qué \
        distancia recorre en 5 s?"); a list takes "y" or a semicolon; an \
        aside in commas can often move to the end. Commas a question needs \
        are not reported: in math (`$(2, 3)$`), in code, in a number \
        (`3,5`) and in a blank's answers. Where a comma must stay, keep it: \
        the CSV is right.

        The rule reports once per quiz, at its first question with a comma \
        and with a note at each other one. Turn it off in the policy \
        (`csv-comma-in-question-text: off`) if the deployer opens the CSVs \
        with a CSV-aware tool.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. Un auto parte del reposo↓, ¿qué distancia recorre en 5 s con aceleración de 2 m/s²? {#auto}\n\n   - [x] 25 m\n   - [ ] 10 m\n\n2. Ana, Luis y Eva comparten 12 canicas. ¿Cuántas recibe cada uno? {#canicas}\n\n   - [x] 4\n   - [ ] 6\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. Un auto parte del reposo. ¿Qué distancia recorre en 5 s con aceleración de 2 m/s²? {#auto}\n\n   - [x] 25 m\n   - [ ] 10 m\n\n2. ¿En qué cuadrante está el punto $(2, -3)$? {#punto}\n\n   - [x] IV\n   - [ ] II\n\n3. ¿Cuánto es 3,5 + 1,5? {#suma}\n\n   - [x] 5\n   - [ ] 4\n"),
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
        id: "CS0703", name: "csv-placeholder-choices", severity: .note, category: .questions,
        summary: "A quiz mixes choice counts, so the deployer deletes placeholder choices after importing it.",
        explanation: """
        Every row of the platform's question CSV has the same number of \
        `Choice n` columns. A question with fewer choices than the widest \
        one (a true/false question in a four-option quiz, say) gets empty \
        cells, and the platform fills them with placeholder choices that \
        the deployer must delete by hand after the import. This note, one \
        per quiz, names the questions; `DEPLOY.md` lists the same ones as a \
        step of the deployment. Nothing in the course is wrong: give every \
        question of the quiz the same number of options to avoid the step, \
        or turn the note off in the policy (`csv-placeholder-choices: off`).
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n   - [ ] 6\n\n2. ↓El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n\n2. El 0 es par. {#cero type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
        ])

    public static let all: [Rule] = [
        commaInQuestionText, separatorInValue, placeholderChoices,
    ]
}
