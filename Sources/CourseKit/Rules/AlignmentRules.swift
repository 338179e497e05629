/// Rules that tie a course to its curriculum: codes exist, and every target
/// is taught, practised and assessed. See docs/alignment.md.
public enum AlignmentRules {
    public static let unknownCode = Rule(
        id: "CS0401", name: "unknown-code", severity: .error, category: .alignment,
        summary: "A curriculum code is not in any framework the repository declares.",
        explanation: """
        Every code a course, lesson or question names (in `targets`, \
        `objectives`, `blueprint`) must be a `code` of an item in one of the \
        framework files listed under `frameworks:` in coursec.yaml. A code \
        that no framework has is usually a typo (`M9` for `M4`), and a \
        lesson aligned to it counts for nothing in the coverage report. \
        Qualified codes (`mcc:M4`) must name a declared framework id. Fix the \
        code, or add the item to the framework file if the curriculum has it.
        """,
        examples: [
            ExampleFiles.triggering(["curso/leccion.md": ExampleFiles.lesson(objectives: "[↓M3]")]),
            ExampleFiles.triggering(["curso/leccion.md": ExampleFiles.lesson(objectives: "[↓mc:M1]")]),
            ExampleFiles.quiet(["curso/leccion.md": ExampleFiles.lesson(objectives: "[mcc:M1]")]),
        ])

    public static let ambiguousCode = Rule(
        id: "CS0402", name: "ambiguous-code", severity: .error, category: .alignment,
        summary: "A plain curriculum code exists in several frameworks.",
        explanation: """
        A code may be written plainly (`B1`) only when one framework has it. \
        When two frameworks of the repository use the same code (the blocks \
        of two subsystems' syllabi are both `B1`), write it qualified with \
        the framework id: `dgb-mat1:B1`. The message lists the candidates.
        """,
        examples: [
            RuleExample(ExampleFiles.aligned([
                "coursec.yaml": ExampleFiles.manifest(frameworks: ["marco.yaml", "programa.yaml"]),
                "programa.yaml": "id: programa\ntitle: Programa\nitems:\n  - code: M1\n    type: syllabus-unit\n    statement: Bloque 1.\n",
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [mcc:M1]"),
                "curso/practica.md": ExampleFiles.quiz(objectives: "mcc:M1"),
                "curso/evaluacion.md": ExampleFiles.assessment(objectives: "mcc:M1"),
                "curso/leccion.md": ExampleFiles.lesson(objectives: "[↓M1]"),
            ]), triggers: true),
            ExampleFiles.quiet(),
        ])

    public static let targetNotTaught = Rule(
        id: "CS0403", name: "target-not-taught", severity: .warning, category: .alignment,
        summary: "A target competency of the course is taught by no lesson.",
        explanation: """
        `targets.competencies` in course.yaml lists what the course promises \
        to develop. Each target must be taught by at least one lesson: a \
        lesson whose `objectives` name the competency (or one of its \
        sub-items in the framework). Otherwise the course assesses or claims \
        something it never teaches. Add the code to the lessons that teach \
        it, write the missing lesson, or remove the target.
        """,
        examples: [
            ExampleFiles.triggering([
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1, ↓M2]"),
                "curso/practica.md": ExampleFiles.quiz(objectives: "M1,M2"),
                "curso/evaluacion.md": ExampleFiles.assessment(objectives: "M1,M2"),
            ]),
            ExampleFiles.quiet(),
        ])

    public static let targetNotPractised = Rule(
        id: "CS0404", name: "target-not-practised", severity: .warning, category: .alignment,
        summary: "A target competency is practised by no practice-quiz question.",
        explanation: """
        Learners should practise every target competency before the final \
        assessment, in the non-graded practice quizzes placed between \
        lessons. This rule asks for at least one practice question whose \
        `objectives=` names the competency (or a sub-item of it). Tag an \
        existing question or add one.
        """,
        examples: [
            ExampleFiles.triggering([
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1, ↓M2]"),
                "curso/leccion.md": ExampleFiles.lesson(objectives: "[M1, M2]"),
                "curso/evaluacion.md": ExampleFiles.assessment(objectives: "M1,M2"),
            ]),
            ExampleFiles.quiet(),
        ],
        parameters: [:])

    public static let targetNotAssessed = Rule(
        id: "CS0405", name: "target-not-assessed", severity: .warning, category: .alignment,
        summary: "A target competency is assessed by too few assessment items.",
        explanation: """
        The course's assessment (given as the diagnostic and as the final) \
        must measure every target competency, with at least `min-items` \
        questions whose `objectives=` name it (default 1). With too few \
        items, the score says little about that competency. Tag or write \
        more assessment items, or lower `min-items` in the policy.
        """,
        examples: [
            ExampleFiles.triggering([
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1, ↓M2]"),
                "curso/leccion.md": ExampleFiles.lesson(objectives: "[M1, M2]"),
                "curso/practica.md": ExampleFiles.quiz(objectives: "M1,M2"),
            ]),
            ExampleFiles.quiet(),
        ],
        parameters: ["min-items": "1"])

    public static let assessedNotTaught = Rule(
        id: "CS0406", name: "assessed-not-taught", severity: .warning, category: .alignment,
        summary: "An assessment item assesses a code no lesson of the course teaches.",
        explanation: """
        An assessment should only measure what the course teaches: a \
        question about a competency that no lesson addresses is unfair to \
        learners and makes the score hard to interpret. Either add the code \
        to the lessons that teach it, or replace the question.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(items: 19, extra:
                "20. ¿Qué muestra la gráfica? {#grafica objectives=M1,↓M2}\n\n   - [x] Un aumento\n   - [ ] Una baja\n   - [ ] Nada\n   - [ ] Un ciclo\n")]),
            ExampleFiles.quiet(),
        ])

    public static let lessonOutsideTargets = Rule(
        id: "CS0407", name: "lesson-outside-targets", severity: .warning, category: .alignment,
        summary: "A lesson addresses a code outside the course's targets.",
        explanation: """
        When a course declares `targets`, its lessons should serve them. A \
        lesson aligned to a competency or syllabus unit the course does not \
        target is either mis-tagged or out of scope (it takes study time \
        from the targets). Fix the lesson's `objectives`, add the code to \
        the course's targets, or move the lesson to the course it belongs to. \
        Courses without `targets` are not checked.
        """,
        examples: [
            ExampleFiles.triggering(["curso/leccion.md": ExampleFiles.lesson(objectives: "[M1, ↓M2]")]),
            ExampleFiles.quiet(),
        ])
}
