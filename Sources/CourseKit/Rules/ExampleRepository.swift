/// The minimal valid repository rule examples are laid over. Kept tiny so
/// an example shows only what matters; `coursec explain` prints the files an
/// example changes, and the test suite checks every example against it.
public enum ExampleRepository {
    /// The course is far below the programme's size (CS0501, default 60
    /// lessons and quizzes), so the base declares its own bound, as a
    /// pilot course would.
    public static let base: [String: String] = [
        "coursec.yaml": """
            name: Ejemplo
            language: es-MX
            phases:
              - id: fase-1
                title: Fase 1
                start: 2021-10-04
                end: 2022-03-11
            courses:
              - curso
            policy:
              rules:
                CS0501:
                  params: { min: 1 }

            """,
        "curso/course.yaml": """
            id: curso
            title: Curso de ejemplo
            description: Un curso mínimo.
            subject: matematicas
            grades: [10]
            version: 1.0.0
            outline:
              - unit: Unidad 1
                items:
                  - leccion.md
                  - practica.md

            """,
        "curso/leccion.md": """
            ---
            id: leccion
            title: Lección
            ---

            Texto de la lección.

            """,
        "curso/practica.md": """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. ¿Cuánto es 2 + 2? {#suma}

               - [x] 4
               - [ ] 5

            """,
    ]

    /// The marker an example puts where its diagnostic must point.
    public static let marker: Character = "↓"

    /// The example's files over the base as bytes, its archives written,
    /// markers removed, and where each marker was (file, line, column).
    public static func contents(for example: RuleExample) -> (files: [String: [UInt8]], markers: [(String, SourcePosition)]) {
        let (text, markers) = files(for: example)
        var files = text.mapValues { Array($0.utf8) }
        for (path, archive) in example.archives { files[path] = archive.bytes }
        for (path, bytes) in example.bytes { files[path] = bytes }
        return (files, markers)
    }

    /// The example's text files over the base, markers removed, and where
    /// each marker was (file, line, column).
    public static func files(for example: RuleExample) -> (files: [String: String], markers: [(String, SourcePosition)]) {
        var files = base
        var markers: [(String, SourcePosition)] = []
        for (path, content) in example.files {
            var line = 1, column = 1
            var clean = ""
            for ch in content {
                if ch == marker {
                    markers.append((path, SourcePosition(line: line, column: column)))
                    continue
                }
                clean.append(ch)
                if ch == "\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
            }
            files[path] = clean
        }
        return (files, markers)
    }
}
