/// Limits: sizes no real course approaches, beyond which coursec refuses the
/// input rather than spend minutes and gigabytes on it (`InputLimits`). They
/// cannot be turned off or suppressed: past a limit the model keeps only
/// what is within it, and a build of that must never be published.
public enum LimitRules {
    /// A lesson whose body is a table with `cells` columns and two rows.
    static func tableLesson(cells: Int, marked: Bool) -> String {
        let header = "| " + (1...cells).map { "c\($0)" }.joined(separator: " | ") + " |"
        let delimiter = "|" + String(repeating: "---|", count: cells)
        let row = "| " + (1...cells).map(String.init).joined(separator: " | ") + " |"
        return "---\nid: leccion\ntitle: Lección\n---\n\n\(marked ? "↓" : "")\(header)\n\(delimiter)\n\(row)\n"
    }

    /// A quiz whose one question has `blanks` blanks, the last one marked.
    static func blankQuiz(blanks: Int, marked: Bool) -> String {
        let stem = (1...blanks).map { "\($0 == blanks && marked ? "↓" : "")[[\($0)]]" }.joined(separator: " ")
        return "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. Escribe los números: \(stem) {#numeros}\n"
    }

    /// A quiz of `questions` one-line fill-in questions, the last one marked.
    static func longQuiz(questions: Int, marked: Bool) -> String {
        var text = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n"
        for n in 1...questions {
            text += "\(n == questions && marked ? "↓" : "")\(n). Escribe \(n): [[\(n)]] {#p\(n)}\n"
        }
        return text
    }

    /// A course whose outline has one unit per entry beyond the first unit's two files.
    static func longOutline(entries: Int, marked: Bool) -> String {
        var text = "id: curso\ntitle: Curso de ejemplo\ndescription: Un curso mínimo.\nsubject: matematicas\n"
            + "grades: [10]\nversion: 1.0.0\noutline:\n  - unit: Unidad 1\n    items:\n      - leccion.md\n      - practica.md\n"
        for n in 4...max(entries, 4) {
            text += "  - \(n == entries && marked ? "↓" : ""){unit: Unidad \(n - 2), items: []}\n"
        }
        return text
    }

    /// A repository that lists the example course `count` times, the last one marked.
    static func manyCourses(_ count: Int, marked: Bool) -> String {
        ExampleRepository.base["coursec.yaml"]!.replacingOccurrences(
            of: "courses:\n  - curso\n",
            with: "courses:\n" + (1...count).map { "  - \($0 == count && marked ? "↓" : "")curso\n" }.joined())
    }

    public static let tableTooWide = Rule(
        id: "CS0010", name: "table-too-wide", severity: .error, category: .limits,
        summary: "A table row has more than \(InputLimits.tableCells) cells.",
        explanation: """
        A table has at most \(InputLimits.tableCells) columns, far more than fit on \
        a page or a phone. The Markdown parser's time grows with the square \
        of a row's cells, so a table of thousands of columns (usually data \
        pasted by mistake) would take minutes to read. Split the table, or \
        ship the data as a file (a spreadsheet or a PDF). A `|` that is text, \
        not a cell border, is written `\\|`.
        """,
        examples: [.triggering("curso/leccion.md", tableLesson(cells: InputLimits.tableCells + 1, marked: true)),
                   .quiet("curso/leccion.md", tableLesson(cells: InputLimits.tableCells, marked: false))],
        configurable: false)

    public static let tooManyBlanks = Rule(
        id: "CS0011", name: "too-many-blanks", severity: .error, category: .limits,
        summary: "A question has more than \(InputLimits.blanksPerQuestion) blanks.",
        explanation: """
        A fill-in question has at most \(InputLimits.blanksPerQuestion) blanks \
        (`[[…]]`). Learners fill in a handful; a question with hundreds is \
        almost always generated text or a syntax slip. Split it into several \
        questions.
        """,
        examples: [.triggering("curso/practica.md", blankQuiz(blanks: InputLimits.blanksPerQuestion + 1, marked: true)),
                   .quiet("curso/practica.md", blankQuiz(blanks: InputLimits.blanksPerQuestion, marked: false))],
        configurable: false)

    public static let tooManyQuestions = Rule(
        id: "CS0012", name: "too-many-questions", severity: .error, category: .limits,
        summary: "A quiz or assessment has more than \(InputLimits.questionsPerQuiz) questions.",
        explanation: """
        A practice quiz or an assessment has at most \
        \(InputLimits.questionsPerQuiz) questions (the programme's \
        assessments have 20 or 40). Questions after the limit are not read. \
        Split the quiz into several.
        """,
        examples: [.triggering("curso/practica.md", longQuiz(questions: InputLimits.questionsPerQuiz + 1, marked: true)),
                   .quiet("curso/practica.md", longQuiz(questions: InputLimits.questionsPerQuiz, marked: false))],
        configurable: false)

    public static let outlineTooLong = Rule(
        id: "CS0013", name: "outline-too-long", severity: .error, category: .limits,
        summary: "A course outline has more than \(InputLimits.outlineEntries) entries.",
        explanation: """
        A course's outline has at most \(InputLimits.outlineEntries) entries, \
        units and files together (a course of the programme has a few dozen). \
        Entries after the limit are not read. Split the course.
        """,
        examples: [.triggering("curso/course.yaml", longOutline(entries: InputLimits.outlineEntries + 1, marked: true)),
                   .quiet("curso/course.yaml", longOutline(entries: InputLimits.outlineEntries, marked: false))],
        configurable: false)

    public static let titleTooLong = Rule(
        id: "CS0014", name: "title-too-long", severity: .error, category: .limits,
        summary: "A title is longer than \(InputLimits.titleCharacters) characters.",
        explanation: """
        Titles (of the repository, phases, courses, units, lessons, quizzes, \
        resources and frameworks) have at most \(InputLimits.titleCharacters) \
        characters. Every page, menu and package repeats them, and the \
        platform shows far fewer. Move the extra text into the description \
        or the lesson's body.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: ↓\(String(repeating: "a", count: InputLimits.titleCharacters + 1))\n---\n\nTexto.\n"),
                   .quiet("curso/leccion.md", "---\nid: leccion\ntitle: \(String(repeating: "á", count: InputLimits.titleCharacters))\n---\n\nTexto.\n")],
        configurable: false)

    public static let tooManyCourses = Rule(
        id: "CS0015", name: "too-many-courses", severity: .error, category: .limits,
        summary: "coursec.yaml lists more than \(InputLimits.coursesPerRepository) courses.",
        explanation: """
        A repository has at most \(InputLimits.coursesPerRepository) courses. \
        Courses after the limit are not read. Split the repository.
        """,
        examples: [.triggering("coursec.yaml", manyCourses(InputLimits.coursesPerRepository + 1, marked: true)),
                   .quiet("coursec.yaml", manyCourses(1, marked: false))],
        configurable: false)

    public static let all: [Rule] = [tableTooWide, tooManyBlanks, tooManyQuestions, outlineTooLong, titleTooLong, tooManyCourses]
}
