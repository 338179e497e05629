/// Rules about inline suppressions (`<!-- coursec-disable RULE: reason -->`).
public enum SuppressionRules {
    static let aboveQuestion = "¿Cuál es par? {#par objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] Ninguna de las anteriores\n"

    static func quiz(_ comment: String, _ question: String = aboveQuestion) -> [String: String] {
        ["curso/practica.md": "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n\(comment)\n\n1. \(question)"]
    }

    public static let invalidSuppression = Rule(
        id: "CS0902", name: "invalid-suppression", severity: .error, category: .policy,
        summary: "An inline suppression has no reason, names no known rule, or names a limit.",
        explanation: """
        `<!-- coursec-disable CS0324: reason -->`, on its own line in a \
        Markdown file, silences one rule on the element right after it (the \
        next block; in a quiz, the next question with its options). The \
        reason after the colon is required: reviewers and later authors need \
        to know why the rule does not apply there. The rule is written by id \
        (`CS0324`) or name (`all-or-none-of-the-above`). A suppression \
        without a reason or with an unknown rule takes no effect. Limits \
        (CS0010–CS0015) cannot be suppressed.
        """,
        examples: [
            ExampleFiles.triggering(quiz("↓<!-- coursec-disable CS0324 -->")),
            ExampleFiles.triggering(quiz("↓<!-- coursec-disable CS9324: typo -->")),
            ExampleFiles.quiet(quiz("<!-- coursec-disable CS0324: la pregunta enseña a descartar opciones -->")),
        ])

    public static let unusedSuppression = Rule(
        id: "CS0903", name: "unused-suppression", severity: .warning, category: .policy,
        summary: "An inline suppression silences nothing.",
        explanation: """
        A `coursec-disable` comment whose rule reports nothing on the \
        element after it is stale (the problem was fixed) or misplaced (it \
        is not right before the element). Either way it would hide a future \
        problem or mislead readers. Remove it, or move it directly above the \
        question or block it is meant for.
        """,
        examples: [
            ExampleFiles.triggering(quiz("↓<!-- coursec-disable CS0324: ya no aplica -->",
                                         "¿Cuál es par? {#par objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] 8\n")),
            ExampleFiles.quiet(quiz("<!-- coursec-disable CS0324: la pregunta enseña a descartar opciones -->")),
        ])

    public static let all: [Rule] = [invalidSuppression, unusedSuppression]
}
