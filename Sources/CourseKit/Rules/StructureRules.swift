/// Rules about the shape of settings and front matter.
extension Rules {
    public static let missingField = Rule(
        id: "CS0101", name: "missing-field", severity: .error, category: .structure,
        summary: "A required field is missing.",
        explanation: """
        Some fields must always be given: a lesson needs an `id` and a \
        `title`, a course needs `id`, `title`, `version`, `outline`… The \
        message names the missing field. See docs/format.md for each file's \
        fields.
        """,
        examples: [.triggering("curso/leccion.md", "---\n↓id: leccion\n---\n\nTexto.\n"),
                   .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nTexto.\n")])

    public static let wrongType = Rule(
        id: "CS0102", name: "wrong-type", severity: .error, category: .structure,
        summary: "A field has a value of the wrong type.",
        explanation: """
        Each field expects a kind of value: a text, a number, `true` or \
        `false`, a list (`[a, b]` or lines starting with `- `) or a mapping \
        (indented `key: value` lines). The message says what was expected \
        and what was found. Booleans are written `true` or `false`; `yes`, \
        `no`, `on` and `off` are texts.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nminutes: ↓veinte\n---\n"),
                   .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\ndraft: ↓no\n---\n"),
                   .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nminutes: 20\ndraft: false\n---\n")])

    public static let unknownField = Rule(
        id: "CS0103", name: "unknown-field", severity: .error, category: .structure,
        summary: "A field is not part of the format.",
        explanation: """
        coursec rejects fields it does not know, because a misspelt field \
        (`titel`, `objetives`) would otherwise be ignored without a word and \
        the value you wrote would be lost. When the name is close to a known \
        field, the message suggests it ("did you mean `title`?").
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n↓objetives: [M1]\n---\n"),
                   .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\ntags: [uno]\n---\n")])

    public static let invalidValue = Rule(
        id: "CS0104", name: "invalid-value", severity: .error, category: .structure,
        summary: "A field's value is not allowed.",
        explanation: """
        The value has the right type but is not one of the allowed values or \
        formats: ids use lowercase letters, digits and `-`; versions are \
        `MAJOR.MINOR.PATCH`; dates are `YYYY-MM-DD`; `kind`, `enrollment`, \
        `provider` and similar fields take one of a fixed list of words, \
        which the message gives.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nkind: ↓podcast\n---\n"),
                   .triggering("curso/leccion.md", "---\nid: ↓Lección Uno\ntitle: Lección\n---\n"),
                   .quiet("curso/leccion.md", "---\nid: leccion-uno\ntitle: Lección\nkind: text\n---\n")])

    public static let duplicateID = Rule(
        id: "CS0105", name: "duplicate-id", severity: .error, category: .structure,
        summary: "Two elements have the same id.",
        explanation: """
        Ids identify lessons, quizzes, questions, phases and courses across \
        versions: the platform, the release history and learners' progress \
        refer to them. Two elements of the same course with one id cannot be \
        told apart. Give one of them another id (and keep the published one \
        unchanged).
        """,
        examples: [.triggering("curso/practica.md", """
            ---
            id: ↓leccion
            type: quiz
            title: Práctica
            ---

            1. ¿Cuánto es 2 + 2? {#suma}

               - [x] 4
               - [ ] 5
            """),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
        ])
}

/// The registry's namespace: every rule is a static member, grouped by file.
public enum Rules {}
