/// A check over the loaded model. Checks are small and independent; they
/// read the repository and report through the sink, and `CheckRunner` runs
/// them in parallel. Because they only need the model, tests build courses
/// in memory and run single checks on them.
public protocol CourseCheck: Sendable {
    /// The rules this check can report, for the registry and docs.
    var rules: [Rule] { get }
    func run(_ context: CheckContext)
}

/// What a check can see: the model, the policy (for parameters), where
/// to report, and the files the model names (for the few checks that look
/// into media and packages; nil when checks run on a model alone).
public struct CheckContext: Sendable {
    public let repository: Repository
    public let sink: DiagnosticSink
    public let fileSystem: CourseFileSystem?
    /// Where KaTeX is installed on this machine (pages bundle it).
    public let katex: KaTeXInstallation

    public init(repository: Repository, sink: DiagnosticSink, fileSystem: CourseFileSystem? = nil,
                katex: KaTeXInstallation = .debian) {
        self.repository = repository
        self.sink = sink
        self.fileSystem = fileSystem
        self.katex = katex
    }

    public var policy: Policy { repository.policy }

    /// Phases as "did you mean" candidates and for ordering.
    public var phaseIDs: [String] { repository.phases.map(\.id) }
}
