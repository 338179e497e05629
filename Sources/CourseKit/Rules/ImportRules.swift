/// Rules of `coursec import mct-questions`: rows of the platform's question
/// CSV that cannot become questions, located at their line of the CSV.
/// `check` never reports them: their examples carry a `preguntas.csv` and
/// are run through the importer by the CourseAuthoring tests.
public enum ImportRules {
    public static let header = Rule(
        id: "CS1101", name: "import-header", severity: .error, category: .imports,
        summary: "A question CSV lacks a column the platform's template has.",
        explanation: """
        The platform's question CSV starts with the header `Serial Number, \
        Question Type, Question Text, Choice 1 … Choice N, Correct Answer, \
        Answer Explanation, Match Criterion`. `Question Type`, `Question \
        Text` and `Correct Answer` are needed to read any question; columns \
        may come in any order and case. Nothing is imported from a file \
        whose header is wrong: export the file again from the platform, or \
        fix its first row.
        """,
        examples: ImportExampleFiles.header)

    public static let unreadableRow = Rule(
        id: "CS1102", name: "import-unreadable-row", severity: .error, category: .imports,
        summary: "A row of a question CSV is not a question coursec can write.",
        explanation: """
        The row's `Question Type` is not one the platform imports by CSV \
        (`Single choice`, `Multiple choice`, `True false`, `Fill blanks`), \
        its question text is empty, or the row cannot be read as CSV (an \
        unclosed quote). The row is left out; the other rows are imported. \
        Write that question by hand, or fix the row and import again.
        """,
        examples: ImportExampleFiles.unreadableRow)

    public static let answer = Rule(
        id: "CS1103", name: "import-answer", severity: .error, category: .imports,
        summary: "A row's answer does not fit its question.",
        explanation: """
        `Correct Answer` must be the 1-based number of a choice (`Single \
        choice`), numbers separated by `;` (`Multiple choice`), `TRUE` or \
        `FALSE` (`True false`), or the accepted answers of each blank \
        separated by `;`, blanks separated by `|`, with one blank (`|`) in \
        the question text for each (`Fill blanks`, with `Exact match` or \
        `Contains` per blank in `Match Criterion`). A choice question needs \
        two choices or more. The row is left out; the others are imported.
        """,
        examples: ImportExampleFiles.answer)

    public static let text = Rule(
        id: "CS1104", name: "import-text", severity: .error, category: .imports,
        summary: "A question CSV holds bytes that are not text a question can show.",
        explanation: """
        A question CSV must be UTF-8 text, as the platform exports it. A file \
        saved in another encoding (Excel's plain “CSV” is Windows-1252, its \
        “Unicode text” UTF-16) would lose every accent, so nothing is \
        imported from it: save it as “CSV UTF-8” and import it again. A cell \
        holding a control character (a NUL, an escape; tabs and line breaks \
        are fine) cannot be shown in a question: that row is left out, the \
        others are imported.
        """,
        examples: ImportExampleFiles.text)

    public static let all = [header, unreadableRow, answer, text]
}

/// Files for the examples of the import rules: a `preguntas.csv` in the
/// platform's format; `↓` marks the start of the row (or header) reported.
enum ImportExampleFiles {
    static let columns = "Serial Number,Question Type,Question Text,Choice 1,Choice 2,Correct Answer,Answer Explanation,Match Criterion\n"

    static func csv(_ text: String, triggers: Bool) -> [RuleExample] {
        [RuleExample(["preguntas.csv": text], triggers: triggers)]
    }

    static let header: [RuleExample] =
        csv("↓Serial Number,Tipo,Question Text,Choice 1,Choice 2\n1,Single choice,¿Cuánto es 2 + 2?,4,5\n", triggers: true)
        + csv(columns + "1,Single choice,¿Cuánto es 2 + 2?,4,5,1,,\n", triggers: false)

    static let unreadableRow: [RuleExample] =
        csv(columns + "1,Single choice,¿Cuánto es 2 + 2?,4,5,1,,\n↓2,Ordering,Ordena los números,1,2,1,,\n", triggers: true)
        + csv(columns + "1,True false,El 7 es primo.,TRUE,FALSE,TRUE,,\n", triggers: false)

    static let text: [RuleExample] =
        csv(columns + "↓1,Single choice,¿Cuánto es 2 + 2?\u{1B},4,5,1,,\n", triggers: true)
        + csv(columns + "1,Single choice,¿Cuántos años tiene Ángela?\tEscribe el número.,14,15,1,,\n", triggers: false)

    static let answer: [RuleExample] =
        csv(columns + "↓1,Single choice,¿Cuánto es 2 + 2?,4,5,3,,\n", triggers: true)
        + csv(columns + "1,Fill blanks,La mitad de 8 es |.,,,4;cuatro,,Exact match\n", triggers: false)
}
