/// Files for the examples of the alignment, assessment and rhythm rules: a
/// small aligned course (one framework, a target, a lesson, a practice quiz
/// and an assessment that all address `M1`), laid over the minimal
/// repository. Each example replaces the one file that shows the problem.
enum ExampleFiles {
    static func manifest(frameworks: [String] = ["marco.yaml"], policy: String = "") -> String {
        """
        name: Ejemplo
        language: es-MX
        frameworks:
        \(frameworks.map { "  - \($0)" }.joined(separator: "\n"))
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
        \(policy)
        """
    }

    static let framework = """
        id: mcc
        title: Competencias de ejemplo
        items:
          - code: M1
            type: competency
            statement: Resuelve problemas aritméticos.
          - code: M2
            type: competency
            statement: Interpreta tablas y gráficas.

        """

    static func course(targets: String = "  competencies: [M1]", outline: [String] = ["leccion.md", "practica.md"]) -> String {
        """
        id: curso
        title: Curso de ejemplo
        description: Un curso mínimo.
        subject: matematicas
        grades: [10]
        version: 1.0.0
        targets:
        \(targets)
        outline:
          - unit: Unidad 1
            items:
        \(outline.map { "      - \($0)" }.joined(separator: "\n"))
        assessment: evaluacion.md

        """
    }

    static func lesson(id: String = "leccion", objectives: String = "[M1]", extra: String = "") -> String {
        "---\nid: \(id)\ntitle: Lección \(id)\nobjectives: \(objectives)\nminutes: 20\n\(extra)---\n\nTexto de la lección.\n"
    }

    static func quiz(objectives: String = "M1") -> String {
        "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuánto es 2 + 2? {#suma objectives=\(objectives)}\n\n   - [x] 4\n   - [ ] 5\n"
    }

    /// An assessment of `items` distinct questions whose right answers
    /// rotate through the positions (or all sit at `keyPosition`), each
    /// option with an explanation when `explained`, followed by `extra`.
    static func assessment(items: Int = 20, objectives: String = "M1", frontMatter: String = "", extra: String = "",
                           keyPosition: Int? = nil, explained: Bool = false) -> String {
        var text = "---\nid: evaluacion\ntype: assessment\ntitle: Evaluación\n\(frontMatter)---\n\n"
        for n in 0..<items {
            text += "\(n + 1). ¿Cuánto es \(n + 1) por \(n + 11)? {#e\(n + 1) objectives=\(objectives)}\n\n"
            let right = keyPosition ?? n % 4
            for position in 0..<4 {
                let value = (n + 1) * (n + 11) + (position - right) * 3
                text += "   - [\(position == right ? "x" : " ")] \(value)\n"
                if explained { text += "     > \(position == right ? "Correcto" : "Revisa la multiplicación").\n" }
            }
            text += "\n"
        }
        return text + extra
    }

    /// The aligned course with some files replaced.
    static func aligned(_ overrides: [String: String]) -> [String: String] {
        var files = [
            "coursec.yaml": manifest(), "marco.yaml": framework, "curso/course.yaml": course(),
            "curso/leccion.md": lesson(), "curso/practica.md": quiz(), "curso/evaluacion.md": assessment(),
        ]
        for (path, content) in overrides { files[path] = content }
        return files
    }

    static func triggering(_ overrides: [String: String]) -> RuleExample { RuleExample(aligned(overrides), triggers: true) }
    static func quiet(_ overrides: [String: String] = [:]) -> RuleExample { RuleExample(aligned(overrides), triggers: false) }
}
