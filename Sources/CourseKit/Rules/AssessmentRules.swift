/// Rules about the assessment as a whole: its size, repeated stems, the
/// platform's CSV constraints and the answer key.
public enum AssessmentRules {
    static let twentieth = "20. ¿Cuánto es 7 por 7? {#siete objectives=M1}\n\n"

    public static let assessmentSize = Rule(
        id: "CS0320", name: "assessment-size", severity: .error, category: .assessment,
        summary: "The assessment does not have one of the allowed numbers of items.",
        explanation: """
        The programme's diagnostic and final assessments have 20 or 40 \
        questions, so that scores are comparable across courses and phases. \
        The allowed sizes come from the policy parameter `sizes` (default \
        `[20, 40]`). Add or remove questions, or change `sizes` for the \
        courses that need another length.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(items: 19)
                .replacingOccurrences(of: "id: evaluacion", with: "id: ↓evaluacion")]),
            ExampleFiles.quiet(),
        ],
        parameters: ["sizes": RuleParameter(.integers(1...10_000), default: "20, 40")])

    public static let duplicateStem = Rule(
        id: "CS0321", name: "duplicate-stem", severity: .warning, category: .assessment,
        summary: "Two questions of an assessment have the same or nearly the same stem.",
        explanation: """
        A repeated question counts the same knowledge twice and wastes one \
        of the assessment's few items. Stems are compared as sets of words, \
        ignoring case, accents and punctuation; two stems whose word sets \
        share at least `similarity` (default 0.9, the Jaccard index: shared \
        words ÷ all words) are reported. Rewrite one of them; if the repeat \
        is intended, suppress the diagnostic on that question with \
        `<!-- coursec-disable CS0321: reason -->`.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(items: 19, extra:
                "20. ↓¿Cuánto es 1 por 11? {#repetida objectives=M1}\n\n   - [x] 11\n   - [ ] 12\n   - [ ] 13\n   - [ ] 14\n")]),
            ExampleFiles.quiet(),
        ],
        parameters: ["similarity": RuleParameter(.number(0...1), default: "0.9")])

    public static let optionCountVaries = Rule(
        id: "CS0322", name: "option-count-varies", severity: .warning, category: .assessment,
        summary: "The choice questions of an assessment have different numbers of options.",
        explanation: """
        The platform imports questions from a CSV file in which every row \
        has the same number of choice columns; a question with fewer \
        options gets placeholder choices that someone must delete by hand \
        after the upload. Give every single- and multiple-choice question of \
        the assessment the same number of options (the most common number \
        is taken as the norm; true/false questions are exempt). If your \
        platform does not need this, turn the rule off in the policy.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(items: 19, extra:
                "20. ↓¿Cuánto es 7 por 7? {#siete objectives=M1}\n\n   - [x] 49\n   - [ ] 48\n   - [ ] 47\n")]),
            ExampleFiles.quiet(),
        ])

    public static let answerKeyImbalance = Rule(
        id: "CS0323", name: "answer-key-imbalance", severity: .warning, category: .assessment,
        summary: "One option position holds far more right answers than its share.",
        explanation: """
        When the right answer is, say, option C in most questions, learners \
        who guess "C" score well without knowing anything. The test: take \
        the n single-choice questions that have k options; each position \
        should hold about n/k right answers. A position holding more than \
        max(2, ⌈factor × n/k⌉) right answers is reported (`factor` defaults \
        to 2: twice its fair share). With 20 questions of 4 options, a \
        position may hold at most 10. Assessments with `shuffle: true` are \
        not checked, since the platform shuffles the options. Move right \
        answers to other positions.
        """,
        examples: [
            ExampleFiles.triggering(["curso/evaluacion.md": ExampleFiles.assessment(keyPosition: 2)
                .replacingOccurrences(of: "id: evaluacion", with: "id: ↓evaluacion")]),
            ExampleFiles.quiet(),
        ],
        parameters: ["factor": RuleParameter(.number(1...1_000), default: "2")])

    public static let all: [Rule] = [assessmentSize, duplicateStem, optionCountVaries, answerKeyImbalance]
}
