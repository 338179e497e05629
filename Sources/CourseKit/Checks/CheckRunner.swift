/// Runs every check over a loaded repository, in parallel.
public enum CheckRunner {
    public static let standardChecks: [any CourseCheck] = [
        DuplicateIDCheck(),
        ReferenceCheck(),
        QuestionStructureCheck(),
        PolicyCheck(),
        // Curriculum alignment and course rhythm (docs/alignment.md).
        CodeResolutionCheck(),
        TargetCoverageCheck(),
        ScopeCheck(),
        BlueprintCheck(),
        ReviewCheck(),
        RhythmCheck(),
        // Assessment quality.
        AssessmentSizeCheck(),
        DuplicateStemCheck(),
        OptionCountCheck(),
        AnswerKeyCheck(),
        ItemWritingCheck(),
        ExplanationCheck(),
        SuppressionCheck(),
        // Rendering.
        MathTypesettingCheck(),
    ]

    public static func run(_ repository: Repository, sink: DiagnosticSink, checks: [any CourseCheck] = standardChecks) {
        let context = CheckContext(repository: repository, sink: sink)
        _ = Parallel.map(checks.indices.map { $0 }) { index in
            StageTimings.shared.measure("  check \(type(of: checks[index]))") { checks[index].run(context) }
        }
    }
}
