/// Runs every check over a loaded repository, in parallel.
public enum CheckRunner {
    /// In the order they start: the costliest first (measured with
    /// `COURSEC_TIMINGS=1` on the benchmark corpus), so the last check to
    /// start is a short one and both cores stay busy to the end.
    public static let standardChecks: [any CourseCheck] = [
        // Rendering: typesets every distinct expression, itself in parallel.
        MathTypesettingCheck(),
        ItemWritingCheck(),
        DuplicateStemCheck(),
        QuestionStructureCheck(),
        PlatformQuestionCheck(),
        RenderingCheck(),
        SCORMPackagingCheck(),
        DuplicateIDCheck(),
        ReferenceCheck(),
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
        OptionCountCheck(),
        AnswerKeyCheck(),
        ExplanationCheck(),
        SuppressionCheck(),
        // Mistakes of new authors, and what screen readers and deaf learners get.
        QuizLikeLessonCheck(),
        AccessibilityCheck(),
        TranscriptCheck(),
        // Files the model names: packages opened, media sniffed (read in parallel).
        LessonPackageCheck(),
        MediaContentCheck(),
    ]

    public static func run(_ repository: Repository, sink: DiagnosticSink, fileSystem: CourseFileSystem? = nil,
                           katex: KaTeXInstallation = .debian, checks: [any CourseCheck] = standardChecks) {
        let context = CheckContext(repository: repository, sink: sink, fileSystem: fileSystem, katex: katex)
        _ = Parallel.map(checks.indices.map { $0 }) { index in
            StageTimings.shared.measure("  check \(type(of: checks[index]))") { checks[index].run(context) }
        }
    }
}
