/// Rules about the policy itself.
public enum PolicyRules {
    public static let unknownRule = Rule(
        id: "CS0901", name: "unknown-rule", severity: .error, category: .policy,
        summary: "The policy names a rule, or a parameter of a rule, that does not exist or cannot be configured.",
        explanation: """
        `policy.rules` in coursec.yaml configures rules by id (`CS0503`) and \
        their parameters (`params: {min: 60}`). An id that no rule has, or a \
        parameter the rule does not take, is probably a typo, and the setting \
        you meant to make would silently do nothing. `coursec rules` lists \
        every id; `coursec explain ID` lists a rule's parameters. The limits \
        (CS0010–CS0015) cannot be configured: past one, coursec has read \
        only part of the input.
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

    public static let invalidParameter = Rule(
        id: "CS0904", name: "invalid-parameter", severity: .error, category: .policy,
        summary: "A rule parameter in the policy has a value of the wrong type or out of range.",
        explanation: """
        Each parameter has a type: a whole number (`min: 60`), a number \
        (`ratio: 1.5`), a percentage (`min-share: 15%`) or a list of whole \
        numbers (`sizes: [20, 40]`), usually with a range. A value that is \
        not of that type (`min: uno`, `ratio: .nan`, a number too large to \
        hold) is reported rather than silently replaced by the default; \
        the rule meanwhile runs with its default (the error stops the \
        build either way). `coursec explain ID` lists a rule's parameters \
        and defaults.
        """,
        examples: [
            ExampleFiles.triggering(["coursec.yaml": ExampleFiles.manifest(policy: "    CS0503:\n      params: { every: ↓uno }\n")]),
            ExampleFiles.triggering(["coursec.yaml": ExampleFiles.manifest(policy: "    CS0325:\n      params: { ratio: ↓.nan }\n")]),
            ExampleFiles.triggering(["coursec.yaml": ExampleFiles.manifest(policy: "    CS0503:\n      params: { every: ↓12345678901234567890123 }\n")]),
            ExampleFiles.quiet(["coursec.yaml": ExampleFiles.manifest(policy: "    Practice-Rhythm:\n      params: { every: 2 }\n")]),
        ])

    public static let all: [Rule] = [unknownRule, invalidParameter]
}
