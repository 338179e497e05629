/// Rules about a course's size and rhythm, from the programme's policy.
public enum RhythmRules {
    public static let courseTooSmall = Rule(
        id: "CS0501", name: "course-too-small", severity: .warning, category: .rhythm,
        summary: "A course has fewer lessons and quizzes than the policy's minimum.",
        explanation: """
        The programme's courses had 60 to 300 published lessons and practice \
        quizzes each (Mathematics 1: 68, English 3: 299), and the platform's \
        progress rate divides by that count. A course with fewer than `min` \
        (default 60) published lessons and practice quizzes is reported: it \
        is probably unfinished. A short course on purpose (a pilot, an \
        example) declares its own bounds in coursec.yaml with `paths:`, e.g. \
        `CS0501: { params: { min: 20 }, paths: ["piloto/**"] }`. Drafts and \
        the assessment are not counted.
        """,
        examples: [
            RuleExample([
                "coursec.yaml": "name: Ejemplo\nlanguage: es-MX\nphases:\n  - id: fase-1\n    title: Fase 1\n    start: 2021-10-04\n    end: 2022-03-11\ncourses:\n  - curso\n",
                "curso/course.yaml": ExampleRepository.base["curso/course.yaml"]!
                    .replacingOccurrences(of: "id: curso", with: "id: ↓curso"),
            ], triggers: true),
            .quiet("curso/course.yaml", ExampleRepository.base["curso/course.yaml"]!),
        ],
        parameters: ["min": "60"])

    public static let courseTooLarge = Rule(
        id: "CS0502", name: "course-too-large", severity: .warning, category: .rhythm,
        summary: "A course has more lessons and quizzes than the policy's maximum.",
        explanation: """
        A course with more than `max` (default 300, the largest course of \
        the programme) published lessons and practice quizzes is hard to \
        finish within a phase, and learners' progress rate moves slowly. \
        Split it into two courses, or raise `max` for it in the policy.
        """,
        examples: [
            ExampleFiles.triggering([
                "coursec.yaml": ExampleFiles.manifest(policy: "    CS0502:\n      params: { max: 1 }\n"),
                "curso/course.yaml": ExampleFiles.course().replacingOccurrences(of: "id: curso", with: "id: ↓curso"),
            ]),
            ExampleFiles.quiet(),
        ],
        parameters: ["max": "300"])

    public static let practiceRhythm = Rule(
        id: "CS0503", name: "practice-rhythm", severity: .warning, category: .rhythm,
        summary: "Too many lessons in a row without a practice quiz.",
        explanation: """
        The platform's guidance is a non-graded practice quiz every 2 to 3 \
        lessons, so that learners check their understanding while it is \
        fresh. This rule reports the lesson that makes a run of more than \
        `every` (default 3) consecutive published lessons without a \
        practice quiz, in outline order across units. Add a short practice \
        quiz, or move one.
        """,
        examples: [
            ExampleFiles.triggering([
                "coursec.yaml": ExampleFiles.manifest(policy: "    CS0503:\n      params: { every: 1 }\n"),
                "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "leccion-2.md", "practica.md"]),
                "curso/leccion-2.md": ExampleFiles.lesson(id: "leccion-2").replacingOccurrences(of: "id: leccion-2", with: "id: ↓leccion-2"),
            ]),
            ExampleFiles.quiet([
                "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "leccion-2.md", "practica.md"]),
                "curso/leccion-2.md": ExampleFiles.lesson(id: "leccion-2"),
            ]),
        ],
        parameters: ["every": RuleParameter(.integer(1...10_000), default: "3")])

    public static let all: [Rule] = [courseTooSmall, courseTooLarge, practiceRhythm]
}
