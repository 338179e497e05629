import Foundation

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
    /// What the checks keep from one batch of the run to the next.
    public let memory: CheckMemory

    public init(repository: Repository, sink: DiagnosticSink, fileSystem: CourseFileSystem? = nil,
                katex: KaTeXInstallation = .debian, memory: CheckMemory = CheckMemory()) {
        self.repository = repository
        self.sink = sink
        self.fileSystem = fileSystem
        self.katex = katex
        self.memory = memory
    }

    public var policy: Policy { repository.policy }

    /// Phases as "did you mean" candidates and for ordering.
    public var phaseIDs: [String] { repository.phases.map(\.id) }
}

/// What the course checks of one run keep across its batches of courses
/// (`CourseBatches`): results worth computing once per run, such as the
/// verdict on each distinct math expression, which courses repeat. Never
/// anything a diagnostic depends on beyond what one batch would compute.
public final class CheckMemory: Sendable {
    private let objects = SharedObjects()

    public init() {}

    /// The one object of type `T` of this run, made on first use.
    public func shared<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        objects.object(type, make: make)
    }
}
