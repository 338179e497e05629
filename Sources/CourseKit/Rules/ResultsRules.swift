/// Rules of `coursec results`: problems in a responses file (located at its
/// line) and items whose statistics say something is wrong (located on the
/// item's `{#id …}` in the assessment). They need learners' responses, so
/// `check` never reports them: their examples carry a `respuestas.csv` and
/// are run through `results` by the CourseResults tests.
public enum ResultsRules {
    public static let responsesHeader = Rule(
        id: "CS1001", name: "responses-header", severity: .error, category: .results,
        summary: "A responses file lacks a required column or names one twice.",
        explanation: """
        A responses file is a CSV whose first row names its columns: \
        `learner`, `assessment`, `item` and `response` are required; \
        `attempt`, `timestamp`, `course` and `version` are optional; any \
        other column (`school`, `state`, `grade`…) groups learners. Spanish \
        names are accepted too (`estudiante`, `evaluacion`, `reactivo`, \
        `respuesta`, `intento`, `fecha`, `curso`). Nothing in a file whose \
        header is wrong is read.
        """,
        examples: ResultsExampleFiles.responsesHeader)

    public static let unreadableRow = Rule(
        id: "CS1002", name: "unreadable-row", severity: .warning, category: .results,
        summary: "A row of a responses file cannot be read and is left out.",
        explanation: """
        The row has more or fewer fields than the header, an unclosed quote, \
        an empty learner, assessment or item, or an attempt that is not a \
        whole number from 1. It is left out of every statistic; fix the \
        export or the row.
        """,
        examples: ResultsExampleFiles.unreadableRow)

    public static let unknownAssessment = Rule(
        id: "CS1003", name: "unknown-assessment", severity: .warning, category: .results,
        summary: "A row names an assessment the course does not have.",
        explanation: """
        `assessment` is `diagnostic` (or `diagnostico`, `pre`), `final` \
        (or `post`) for the course assessment, or the id of a practice \
        quiz. The assessment's own id is refused because it does not say \
        whether the learner was at the start or at the end of the course.
        """,
        examples: ResultsExampleFiles.unknownAssessment)

    public static let unknownItem = Rule(
        id: "CS1004", name: "unknown-item", severity: .warning, category: .results,
        summary: "A row names an item the assessment does not have.",
        explanation: """
        `item` is the item id written after `#` in the assessment (`{#suma …}`), \
        the SCORM interaction id `<quiz>.<item>`, or `#N` for the N-th item. \
        A response to an item the shipped version did not have is left out: \
        check that the keys come from the version learners took (a release \
        folder, or `--phase`).
        """,
        examples: ResultsExampleFiles.unknownItem)

    public static let malformedResponse = Rule(
        id: "CS1005", name: "malformed-response", severity: .warning, category: .results,
        summary: "A response is not in the item's response format.",
        explanation: """
        Responses use the SCORM 1.2 formats coursec's runtime writes: option \
        letters for choice items (`b`, or `a,c` for several), `t` or `f` for \
        true/false, the text for fill-in items (blanks joined by commas). A \
        response that names an option the item does not have, or several \
        options of a single-choice item, is scored as wrong and left out of \
        the option counts.
        """,
        examples: ResultsExampleFiles.malformedResponse)

    public static let duplicateResponse = Rule(
        id: "CS1006", name: "duplicate-response", severity: .warning, category: .results,
        summary: "A learner has two responses to the same item in the same attempt.",
        explanation: """
        The first response counts and the second is left out. Files that \
        record several attempts need an `attempt` column; then the lowest \
        attempt of each learner counts, and later attempts are counted in \
        the report but not scored.
        """,
        examples: ResultsExampleFiles.duplicateResponse)

    public static let conflictingGroup = Rule(
        id: "CS1007", name: "conflicting-group", severity: .warning, category: .results,
        summary: "A learner appears with two values of the same grouping column.",
        explanation: """
        Each learner belongs to one group per column (one school, one \
        state). The first value read counts; the learner is counted in that \
        group only.
        """,
        examples: ResultsExampleFiles.conflictingGroup)

    public static let otherCourseVersion = Rule(
        id: "CS1008", name: "other-course-version", severity: .warning, category: .results,
        summary: "A row's responses were given in another course, or another version of it.",
        explanation: """
        Files downloaded from the offline course ("Descargar mis \
        resultados") say in `course` and `version` which course, and which \
        version of it, the learner took. A response is scored against the \
        keys of that version only: a row of another course or version is \
        left out. Give `coursec results` the keys learners took: a release \
        folder of that version, or the sources at that version.
        """,
        examples: ResultsExampleFiles.otherCourseVersion)

    public static let lowDiscrimination = Rule(
        id: "CS1010", name: "low-discrimination", severity: .warning, category: .results,
        summary: "Learners who do well on the rest of the assessment do no better on this item.",
        explanation: """
        The item's discrimination (the correlation between answering it \
        right and the score on the other items) is below `min` (default \
        0.1). A negative value means strong learners fail it more often than \
        weak ones: an ambiguous stem, two defensible answers, or a wrong \
        key. Checked when at least `min-takers` learners (default 30) took \
        the assessment.
        """,
        examples: ResultsExampleFiles.lowDiscrimination,
        parameters: ["min": RuleParameter(.number(-1...1), default: "0.1"), "min-takers": "30"])

    public static let distractorBeatsKey = Rule(
        id: "CS1011", name: "distractor-beats-key", severity: .warning, category: .results,
        summary: "A wrong option attracts strong learners more than the right one: the key may be wrong.",
        explanation: """
        For every option, the correlation between choosing it and the score \
        on the other items is computed. When a distractor's is higher than \
        the key's by more than `margin` (default 0) and positive, strong \
        learners prefer the distractor: check the `[x]`. Checked when at \
        least `min-takers` learners (default 30) took the assessment.
        """,
        examples: ResultsExampleFiles.distractorBeatsKey,
        parameters: ["margin": RuleParameter(.number(-1...1), default: "0"), "min-takers": "30"])

    public static let unusedDistractor = Rule(
        id: "CS1012", name: "unused-distractor", severity: .warning, category: .results,
        summary: "Nobody chose a wrong option.",
        explanation: """
        A distractor chosen by at most `max-share` of the learners (default \
        0: nobody) does no work: the item has one option fewer than it \
        seems, and guessing is easier. Replace it with a wrong answer \
        learners really give. Checked when at least `min-takers` learners \
        (default 30) took the assessment, and not on items every learner \
        answered right (CS1013 reports those).
        """,
        examples: ResultsExampleFiles.unusedDistractor,
        parameters: ["max-share": RuleParameter(.number(0...1), default: "0"), "min-takers": "30"])

    public static let noVariance = Rule(
        id: "CS1013", name: "everyone-or-no-one", severity: .warning, category: .results,
        summary: "Everyone, or no one, answered the item right.",
        explanation: """
        An item whose share of right answers is at least `ceiling` (default \
        1: everyone) or at most `floor` (default 0: no one) tells nothing \
        about differences between learners, and nothing about progress if \
        it stays so in the final. Checked when at least `min-takers` \
        learners (default 30) took the assessment.
        """,
        examples: ResultsExampleFiles.noVariance,
        parameters: ["ceiling": RuleParameter(.number(0...1), default: "1"), "floor": RuleParameter(.number(0...1), default: "0"), "min-takers": "30"])

    public static let differentialItem = Rule(
        id: "CS1014", name: "differential-item", severity: .warning, category: .results,
        summary: "Learners of one group find the item much harder or easier than others of the same overall score.",
        explanation: """
        For each grouping column given with `--by`, each group with at \
        least `min-group` learners (default 30) is compared with all other \
        learners, matched on their score on the rest of the assessment \
        (Mantel–Haenszel). An item whose difference, on the ETS delta \
        scale, is at least `delta` (default 1.5, ETS category C) and \
        significant at `alpha` (default 0.05) is reported: its wording or \
        context may favour some learners (region, language, school). Review \
        it with people who know those groups.
        """,
        examples: ResultsExampleFiles.differentialItem,
        parameters: ["delta": RuleParameter(.number(0...100), default: "1.5"), "alpha": RuleParameter(.number(0...1), default: "0.05"), "min-group": "30"])

    public static let all: [Rule] = [
        responsesHeader, unreadableRow, unknownAssessment, unknownItem, malformedResponse, duplicateResponse,
        conflictingGroup, otherCourseVersion, lowDiscrimination, distractorBeatsKey, unusedDistractor, noVariance, differentialItem,
    ]
}
