/// Rules about the policy itself.
public enum PolicyRules {
    public static let unknownRule = Rule(
        id: "CS0901", name: "unknown-rule", severity: .error, category: .policy,
        summary: "The policy names a rule, or a parameter of a rule, that does not exist.",
        explanation: """
        `policy.rules` in coursec.yaml configures rules by id (`CS0503`) and \
        their parameters (`params: {min: 60}`). An id that no rule has, or a \
        parameter the rule does not take, is probably a typo, and the setting \
        you meant to make would silently do nothing. `coursec rules` lists \
        every id; `coursec explain ID` lists a rule's parameters.
        """,
        examples: [.triggering("coursec.yaml", """
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
                ↓CS9999: off
            """),
            // A parameter the rule does not take (the shared example repository's policy is valid).
            ExampleFiles.triggering(["coursec.yaml": ExampleFiles.manifest(policy: "    CS0503:\n      params: { ↓cada: 2 }\n")]),
            ExampleFiles.quiet(),
        ])

    public static let all: [Rule] = [unknownRule]
}
