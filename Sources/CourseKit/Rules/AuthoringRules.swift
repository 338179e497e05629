/// Mistakes new authors make while learning the format: a quiz without
/// `type: quiz`, options lettered as on a printed exam, a web address where
/// a file belongs. Each says what was meant and how to write it.
public enum AuthoringRules {
    public static let lessonLooksLikeQuiz = Rule(
        id: "CS0106", name: "lesson-looks-like-quiz", severity: .warning, category: .structure,
        summary: "A lesson's body is written like a quiz, but its front matter does not say `type: quiz`.",
        explanation: """
        A file without `type:` is a text lesson, so a quiz whose front \
        matter forgets `type: quiz` would be published as a page of text, \
        with its answers marked for everyone to see. coursec reports a \
        lesson whose body has a numbered item followed by a task list of at \
        least two options, where the item ends in a question id `{#id}`, \
        or asks (a `?`, or options Verdadero and Falso) with one option \
        marked `[x]`; it offers to add `type: quiz` to the front matter. A \
        checklist of steps, ticked or not, is not reported. (The \
        file `assessment:` names in course.yaml, written without `type:`, \
        is reported by CS0205, with a fix that adds `type: assessment`.)
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n↓1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"),
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n↓1. El cero es un número par.\n\n   - [x] Verdadero\n   - [ ] Falso\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n1. Prepara el material:\n\n   - [x] una regla\n   - [ ] un transportador\n2. Mide los ángulos del triángulo.\n"),
        ])

    public static let urlAsFile = Rule(
        id: "CS0212", name: "url-as-file", severity: .error, category: .references,
        summary: "A web address is written where a file of the repository belongs.",
        explanation: """
        `file:`, `subtitles:`, `thumbnail:` and `fallback:` name files of \
        the repository, which coursec checks and packages. A video on \
        YouTube or a page on the web is a lesson of `kind: link`, with the \
        address in `resource:`:

            kind: link
            resource:
              provider: youtube
              url: https://www.youtube.com/watch?v=…
              title: Caída libre

        To ship the file itself (it then works offline), download it into \
        the course's `media/` folder and name that file.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nkind: video\nfile: ↓https://www.youtube.com/watch?v=abc123\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nkind: link\nresource:\n  provider: youtube\n  url: https://www.youtube.com/watch?v=abc123\n  title: Caída libre\n---\n"),
        ])

    public static let letteredOptions = Rule(
        id: "CS0314", name: "lettered-options", severity: .error, category: .questions,
        summary: "A question's options are lettered (a), b), c)) instead of written as a task list.",
        explanation: """
        Printed exams letter their options (`a)`, `A.`, `(a)`), but \
        Markdown does not read those lines as a list: the question would \
        have no options at all. Write each option as a task-list item, \
        `- [ ] Joule`, and mark the right one `- [x] Newton`; the platform \
        and the offline course letter them by themselves. The fix rewrites \
        the options and marks none right, since only you know which is.
        """,
        examples: [
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuál es la unidad de fuerza? {#fuerza}\n\n   ↓a) Joule\n   b) Newton\n   c) Watt\n"),
            .quiet("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuál es la unidad de fuerza? {#fuerza}\n\n   - [ ] Joule\n   - [x] Newton\n   - [ ] Watt\n"),
        ])

    /// Reported while loading (lettered options, web addresses as files).
    public static let loading: [Rule] = [urlAsFile, letteredOptions]
}
