/// Alignment rules about the course's plan: the assessment blueprint,
/// spiral review and the subsystems' syllabi.
extension AlignmentRules {
    public static let blueprintMismatch = Rule(
        id: "CS0408", name: "blueprint-mismatch", severity: .warning, category: .alignment,
        summary: "The assessment's share of items for a code differs from its blueprint.",
        explanation: """
        An assessment's `blueprint` gives the intended share of items per \
        competency, e.g. `{ M1: 25%, M2: 75% }`. The share is the number of \
        items whose `objectives=` name the code (or a sub-item of it), \
        divided by the number of items. This rule reports a code whose \
        actual share is more than `tolerance` percentage points (default 5, \
        one item in twenty) away from its target, so that the assessment \
        weighs the competencies the way the curriculum team decided. Retag \
        or rebalance the items, or update the blueprint.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: ↓50% }\n")]),
            ExampleFiles.quiet(["curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: 100% }\n")]),
        ],
        parameters: ["tolerance": RuleParameter(.number(0...100), default: "5")])

    public static let reviewNotEarlier = Rule(
        id: "CS0409", name: "review-not-earlier", severity: .error, category: .alignment,
        summary: "`review-of` names a lesson that does not come earlier in the course.",
        explanation: """
        Spiral review revisits what was taught before. `review-of` must name \
        lessons that come earlier in the course outline than the reviewing \
        lesson; a lesson cannot review itself or a lesson learners have not \
        reached yet. Reorder the outline or fix the id.
        """,
        examples: [
            ExampleFiles.triggering([
                "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "repaso.md", "practica.md"]),
                "curso/leccion.md": ExampleFiles.lesson(extra: "review-of: [↓repaso]\n"),
                "curso/repaso.md": ExampleFiles.lesson(id: "repaso"),
            ]),
            ExampleFiles.quiet([
                "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "repaso.md", "practica.md"]),
                "curso/repaso.md": ExampleFiles.lesson(id: "repaso", extra: "review-of: [leccion]\n"),
            ]),
        ])

    public static let tooLittleReview = Rule(
        id: "CS0410", name: "too-little-review", severity: .warning, category: .alignment,
        summary: "Too small a share of the course's lessons are review lessons.",
        explanation: """
        The programme revisits earlier content on purpose (spiral review). \
        A lesson with `review-of` counts as a review lesson. When the policy \
        sets `min-share` (a percentage of the course's lessons, default 0: \
        not required), a course with a smaller share is reported. Scope the \
        requirement to courses with `paths:` in the policy.
        """,
        examples: [
            ExampleFiles.triggering([
                "coursec.yaml": ExampleFiles.manifest(policy: "    CS0410:\n      params: { min-share: 50% }\n"),
                "curso/course.yaml": ExampleFiles.course().replacingOccurrences(of: "id: curso", with: "id: ↓curso"),
            ]),
            ExampleFiles.quiet([
                "coursec.yaml": ExampleFiles.manifest(policy: "    CS0410:\n      params: { min-share: 50% }\n"),
                "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "repaso.md", "practica.md"]),
                "curso/repaso.md": ExampleFiles.lesson(id: "repaso", extra: "review-of: [leccion]\n"),
            ]),
        ],
        parameters: ["min-share": RuleParameter(.percentage, default: "0")])

    public static let syllabusUnitNotTaught = Rule(
        id: "CS0411", name: "syllabus-unit-not-taught", severity: .warning, category: .alignment,
        summary: "A syllabus unit the course maps to is taught by no lesson.",
        explanation: """
        `targets.syllabus` says, per subsystem, which units of its syllabus \
        the course covers (`dgb: [dgb-mat1:B1, dgb-mat1:B2]`). Teachers of \
        that subsystem rely on the mapping, so each unit must be addressed \
        by at least one lesson whose `objectives` name it. Tag the lessons \
        that teach the unit, or remove it from the mapping.
        """,
        examples: [
            ExampleFiles.triggering([
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1]\n  syllabus:\n    dgb: [↓M2]"),
            ]),
            ExampleFiles.quiet([
                "curso/course.yaml": ExampleFiles.course(targets: "  competencies: [M1]\n  syllabus:\n    dgb: [M1]"),
            ]),
        ])

    public static let all: [Rule] = [
        unknownCode, ambiguousCode, targetNotTaught, targetNotPractised, targetNotAssessed, assessedNotTaught,
        lessonOutsideTargets, blueprintMismatch, reviewNotEarlier, tooLittleReview, syllabusUnitNotTaught,
    ]
}
