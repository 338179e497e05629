import Foundation

/// The front of the pipeline, shared by every command: load the repository
/// into the model, run every check, and apply the policy to what was found.
public struct CourseCompiler: Sendable {
    public struct Result: Sendable {
        public var repository: Repository
        public var diagnostics: [Diagnostic]
        public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public var fileSystem: CourseFileSystem
    public var warningsAsErrors: Bool
    /// Where KaTeX is installed (CS0601 says when it is not).
    public var katex: KaTeXInstallation
    /// Lessons and quizzes of an earlier run to reuse where their files did
    /// not change (`coursec serve`); nil loads everything.
    public var loadMemo: LoadMemo?

    public init(fileSystem: CourseFileSystem, warningsAsErrors: Bool = false, katex: KaTeXInstallation = .debian) {
        self.fileSystem = fileSystem
        self.warningsAsErrors = warningsAsErrors
        self.katex = katex
    }

    public init(root: URL, warningsAsErrors: Bool = false) {
        self.init(fileSystem: LocalFileSystem(root: root), warningsAsErrors: warningsAsErrors)
    }

    /// Loads and checks. Throws `LoadError` only when nothing can be checked.
    public func check() throws -> Result {
        try check(alongside: { _ in }).checked
    }

    /// Loads, then runs the checks and `work` on the loaded repository at
    /// the same time. A build renders its targets into staging this way and
    /// throws that work away when the checks find errors, instead of leaving
    /// a core idle while the last checks finish. `work` must therefore cope
    /// with a repository that has errors (report, never trap), and its
    /// outcome means nothing unless `checked.hasErrors` is false.
    /// `lessonTrees`, when given, receives each lesson's full tree for
    /// `work` to render from.
    public func check<T: Sendable>(lessonTrees: LessonTrees? = nil,
                                   alongside work: @escaping @Sendable (Repository) throws -> T)
        throws -> (checked: Result, work: Swift.Result<T, Error>) {
        let sink = DiagnosticSink()
        let timings = StageTimings.shared
        let repository = try timings.measure("load") {
            try RepositoryLoader(fileSystem: fileSystem, sink: sink, lessonTrees: lessonTrees, memo: loadMemo).load()
        }
        let (outcome, _) = Parallel.alongside({ Swift.Result { try work(repository) } }) {
            timings.measure("checks") { CheckRunner.run(repository, sink: sink, fileSystem: fileSystem, katex: katex) }
        }
        let engine = DiagnosticEngine(policy: repository.policy, warningsAsErrors: warningsAsErrors,
                                      suppressions: repository.suppressions)
        return (Result(repository: repository, diagnostics: engine.process(sink.diagnostics)), outcome)
    }
}
