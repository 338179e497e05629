/// Runs every check over a loaded repository, in parallel: the course
/// checks over each batch of courses (`runCourses`), the repository checks
/// once over the settings and every course's summary (`runRepository`).
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

    /// What spans courses; cheap, run once after every batch.
    public static let repositoryChecks: [any RepositoryCheck] = [
        DuplicateIDCheck(),
        PolicyCheck(),
        RenderingCheck(),
    ]

    /// Every check over a whole repository, as one batch.
    public static func run(_ repository: Repository, sink: DiagnosticSink, fileSystem: CourseFileSystem? = nil,
                           katex: KaTeXInstallation = .debian) {
        runCourses(repository, sink: sink, fileSystem: fileSystem, katex: katex)
        runRepository(RepositoryCheckContext(settings: repository, courses: repository.courses.map(CourseSummary.init),
                                             sink: sink, katex: katex))
    }

    /// The repository checks, once every course's summary is known.
    public static func runRepository(_ context: RepositoryCheckContext, checks: [any RepositoryCheck] = repositoryChecks) {
        for check in checks {
            StageTimings.shared.measure("  check \(type(of: check)) (repository)") { check.run(context) }
        }
    }

    /// The course checks over the courses of `repository` (one batch).
    public static func runCourses(_ repository: Repository, sink: DiagnosticSink, fileSystem: CourseFileSystem? = nil,
                                  katex: KaTeXInstallation = .debian, memory: CheckMemory = CheckMemory(),
                                  checks: [any CourseCheck] = standardChecks) {
        let context = CheckContext(repository: repository, sink: sink, fileSystem: fileSystem, katex: katex, memory: memory)
        _ = Parallel.map(checks.indices.map { $0 }) { index in
            StageTimings.shared.measure("  check \(type(of: checks[index]))") { checks[index].run(context) }
        }
    }
}
