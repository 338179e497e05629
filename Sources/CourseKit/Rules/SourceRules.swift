/// Rules about reading files: encoding, size, YAML syntax.
extension Rules {
    public static let invalidUTF8 = Rule(
        id: "CS0001", name: "invalid-utf8", severity: .error, category: .source,
        summary: "The file is not valid UTF-8.",
        explanation: """
        coursec reads every source file as UTF-8, the encoding of GitHub, of \
        every modern editor and of the platform. A byte that is not valid UTF-8 \
        usually means the file was saved as Latin-1 or Windows-1252, which \
        turns accented letters such as á, é, ñ into unreadable characters.

        Fix: open the file in your editor and save it with the encoding \
        "UTF-8" (in VS Code: click the encoding in the status bar, then \
        "Save with Encoding"). Retype any accent that looks wrong.
        """,
        examples: [
            RuleExample([:], bytes: ["curso/leccion.md": ExampleBytes.latin1("---\nid: leccion\ntitle: Lecci\u{F3}n\n---\n")], triggers: true),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nTexto con acentos: á, é, ñ.\n"),
        ])

    public static let yamlSyntax = Rule(
        id: "CS0002", name: "yaml-syntax", severity: .error, category: .source,
        summary: "The YAML is not well formed.",
        explanation: """
        Settings files (`coursec.yaml`, `course.yaml`, frameworks) and the \
        front matter of Markdown files are YAML. coursec reports each \
        mistake at the line to change, with the fix when it is certain:

        - a `: ` inside a value that is not in quotes, which YAML reads as \
        another key: write `title: "Energía: trabajo y potencia"`;
        - no space after `:` (`minutes:25`): write `minutes: 25`;
        - a line indented like no line around it, a list's `-` not under \
        the dashes above it, or a key lined up with the dashes of the list \
        above it (where YAML expects another `- `): line it up with its \
        siblings;
        - a key indented under the value of the line above \
        (`title: Energía` then `  minutes: 25`);
        - a quote or a `[`/`{` that is opened and never closed;
        - a value that starts with a character YAML reserves (`*`, `&`, \
        `!`, `@`, `` ` ``, `%`, `|`, `>`) or with a quoted or bracketed part \
        followed by more text: put the whole value in quotes.

        The rest of the file is then read as if the mistake were fixed (or \
        without its line), so a lesson with a broken title keeps its id and \
        nothing that refers to it fails. At most ten mistakes are reported \
        per file.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: ↓Energía: trabajo y potencia\n---\n"),
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n↓minutes:25\n---\n"),
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: ↓\"Lección\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: \"Lección: repaso\"\nminutes: 25\n---\n"),
        ])

    public static let yamlTab = Rule(
        id: "CS0003", name: "yaml-tab", severity: .error, category: .source,
        summary: "A tab character is used for indentation in YAML.",
        explanation: """
        YAML forbids tabs for indentation, and editors show tabs with \
        different widths, so the structure you see may not be the structure \
        the file has. Replace the tab with spaces (two per level is usual); \
        coursec reads each tab as two spaces, reports what that leaves out \
        of line, and offers to write the two spaces.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\ntags:\n↓\t- uno\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\ntags:\n  - uno\n---\n"),
        ])

    public static let yamlAliasLimit = Rule(
        id: "CS0004", name: "yaml-alias-limit", severity: .error, category: .source,
        summary: "YAML aliases expand to too many nodes.",
        explanation: """
        YAML anchors (`&a`) and aliases (`*a`) let a document repeat a node. \
        Nested aliases can make a few lines expand to billions of nodes (the \
        "billion laughs" attack). coursec expands at most 100,000 nodes per \
        document and reports documents that go beyond. Write the values out, \
        or use fewer nested aliases.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\na: &a [↓x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: &t Lección\ntags: [*t]\n---\n"),
        ])

    public static let duplicateKey = Rule(
        id: "CS0005", name: "duplicate-key", severity: .error, category: .source,
        summary: "A key appears twice in the same YAML mapping.",
        explanation: """
        Many YAML tools silently keep the last value of a repeated key, so \
        one of the two values you wrote would be lost without a word. \
        coursec refuses the file instead. Keep one of the two keys.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n↓title: Otra\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\ntags: [uno, dos]\n---\n"),
        ])

    public static let missingFrontMatter = Rule(
        id: "CS0006", name: "missing-front-matter", severity: .error, category: .source,
        summary: "A Markdown file has no front matter.",
        explanation: """
        Lessons, quizzes and assessments start with a YAML front matter block \
        between two `---` lines that gives at least their `id` and `title`:

            ---
            id: racionales
            title: Los números racionales
            ---
        """,
        examples: [.triggering("curso/leccion.md", "↓# Lección\n\nTexto.\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n# Lección\n"),
        ])

    public static let binaryFile = Rule(
        id: "CS0007", name: "binary-file", severity: .error, category: .source,
        summary: "A text source contains binary data.",
        explanation: """
        The file has a NUL byte, which never occurs in text. It is probably a \
        document or image saved with a `.md` or `.yaml` name. Lessons that \
        are documents use `kind: pdf` (or video, audio…) and name the file in \
        `file:`.
        """,
        examples: [
            RuleExample([:], bytes: ["curso/leccion.md": Array("---\nid: leccion\ntitle: Lección\n---\n".utf8) + [0, 0, 0, 0x89, 0x50, 0x4E, 0x47]], triggers: true),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nUna tabulación\tentre palabras.\n"),
        ])

    public static let fileTooLarge = Rule(
        id: "CS0008", name: "file-too-large", severity: .error, category: .source,
        summary: "A text source is larger than 4 MiB.",
        explanation: """
        Markdown and YAML sources are limited to 4 MiB. A larger file is \
        almost always generated content or data pasted by mistake. Split the \
        lesson, or ship large material as a file (`kind: pdf`, `kind: html`).
        """,
        examples: [
            RuleExample([:], bytes: ["curso/leccion.md": Array("---\nid: leccion\ntitle: Lección\n---\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20)], triggers: true),
            RuleExample([:], bytes: ["curso/leccion.md": Array("---\nid: leccion\ntitle: Lección\n---\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)], triggers: false),
        ])

    public static let emptyFile = Rule(
        id: "CS0009", name: "empty-file", severity: .error, category: .source,
        summary: "A source file is empty.",
        explanation: "The file has no content. Write its settings or front matter, or remove it from the outline.",
        examples: [.triggering("curso/leccion.md", "↓"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nTexto.\n"),
        ])
}
