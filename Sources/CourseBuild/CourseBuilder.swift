import CourseArchive
import CourseKit
import Foundation

/// `coursec build`: checks the repository, refuses to build on errors, then
/// runs the chosen targets in parallel into a new output tree beside the
/// output folder and, only when all succeeded, puts that tree in place of
/// the old one in one step (see `OutputStaging`). An interrupted or failed
/// build leaves the output as it was.
///
/// The courses go through in batches (`CourseBatches`): each batch is
/// loaded, checked and rendered by every target while the next one loads,
/// so memory follows the batch, not the repository. The targets render a
/// batch while its checks run; when a check finds an error, rendering stops
/// and the staging folder is deleted unseen (the checks go on to the end).
public struct CourseBuilder: Sendable {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var artifacts: [BuiltArtifact]
        public var phase: Phase?
        /// The repository as built (phase-filtered), for release manifests;
        /// only when the build ran in one batch (`CourseBatches.whole`).
        public var repository: Repository?
        /// The repository's `language:`, also when nothing was built (the
        /// language of the messages, see `LanguageChoice`).
        public var language: String?
        public var built: Bool { phase != nil && !diagnostics.contains { $0.severity == .error } }
        /// The check's run, which keeps its last batch: a command that ends
        /// right after need not tear it down (hold the result until exit).
        var run: CourseCompiler.BatchedResult?
    }

    public let fileSystem: CourseFileSystem
    public let output: URL
    public let options: BuildOptions
    public let targets: [any BuildTarget]
    /// Where KaTeX is installed (the check reports CS0601 when it is not).
    public let katex: KaTeXInstallation
    /// How many courses are loaded and rendered at a time.
    public let batches: CourseBatches

    public init(fileSystem: CourseFileSystem, output: URL, options: BuildOptions,
                targets: [any BuildTarget] = TargetRegistry.all, katex: KaTeXInstallation = .debian,
                batches: CourseBatches = .standard) {
        self.fileSystem = fileSystem
        self.output = output.standardizedFileURL
        self.options = options
        self.targets = targets
        self.katex = katex
        self.batches = batches
    }

    /// `progress` is told when each target finishes a batch ("html", 2 of
    /// 8: targets times batches), for a terminal progress line; it may be
    /// called from any thread. `finishing`, when given, is called after
    /// every target succeeded with the result and the new tree, before that
    /// tree replaces the output: what it writes there goes into place in
    /// the same step (a release adds its signatures and manifest), and when
    /// it throws nothing is written.
    public func build(warningsAsErrors: Bool = false,
                      progress: (@Sendable (_ target: String, _ done: Int, _ total: Int) -> Void)? = nil,
                      finishing: ((_ result: Result, _ tree: URL) throws -> Void)? = nil) throws -> Result {
        let selected = try TargetRegistry.select(options.targets, from: targets)
        let run = BatchRendering(builder: self, targets: selected, progress: progress)
        defer { run.discard() }
        let checked = try CourseCompiler(fileSystem: fileSystem, warningsAsErrors: warningsAsErrors, katex: katex)
            .checkInBatches(batches, keepsTrees: true) { run.render($0) }
        let language = checked.outline.declared.language
        if checked.hasErrors { return Result(diagnostics: checked.diagnostics, artifacts: [], language: language, run: checked) }
        if let error = run.setupError { throw error }
        if let range = run.refusedName {
            // Only when the policy turned the id rule off: the name is still refused.
            let refusal = Diagnostic(id: Rules.invalidValue.id, severity: .error, range: range,
                                     message: "this name cannot be part of a file name; use lowercase letters, digits and '-' only")
            return Result(diagnostics: checked.diagnostics + [refusal], artifacts: [], language: language, run: checked)
        }
        guard let context = run.context, let staging = run.staging, let phase = run.phase else {
            throw BuildError.targetFailed("no batch was rendered")
        }
        if let failure = run.failures.first { throw BuildError.targetFailed(failure) }
        for target in selected {
            do {
                try StageTimings.shared.measure("finish \(target.name)") { try target.finish(context) }
            } catch {
                throw BuildError.targetFailed(BatchRendering.failure(of: target, error))
            }
        }
        // Targets report no diagnostics: every rule ran in the check, so a
        // build says exactly what `coursec check` says. What a target could
        // not do (a file changed since the check) fails the build.
        let unreadable = context.failures.all
        if let first = unreadable.first {
            throw BuildError.targetFailed(unreadable.dropFirst().reduce(first) { "\($0); \($1)" })
        }
        let artifacts = context.artifacts
        let result = Result(diagnostics: checked.diagnostics, artifacts: artifacts, phase: phase,
                            repository: run.wholeRepository, language: language, run: checked)
        try finishing?(result, staging.url)
        try StageTimings.shared.measure("commit") {
            try staging.commit(artifacts, unchanged: context.unchangedPaths)
        }
        return result
    }
}

/// The targets' side of a batched build: set up from the outline at the
/// first batch (phase, courses, staging folder), then each batch rendered
/// by every target. `render` is called one batch at a time.
private final class BatchRendering: @unchecked Sendable {
    let builder: CourseBuilder
    let targets: [any BuildTarget]
    let progress: (@Sendable (String, Int, Int) -> Void)?
    private(set) var context: BuildContext?
    private(set) var staging: OutputStaging?
    private(set) var phase: Phase?
    /// Why the build could not start (an unknown phase or course).
    private(set) var setupError: Error?
    /// Where the first name that cannot be part of a path is.
    private(set) var refusedName: SourceRange?
    /// "target: error" for each target that failed.
    private(set) var failures: [Message] = []
    /// The phase-filtered repository, when the build is one batch.
    private(set) var wholeRepository: Repository?
    private var finishedBatches = 0
    private let counter = ProgressCounter()

    init(builder: CourseBuilder, targets: [any BuildTarget], progress: (@Sendable (String, Int, Int) -> Void)?) {
        self.builder = builder
        self.targets = targets
        self.progress = progress
    }

    /// Renders one batch; returns whether to go on with the next.
    func render(_ batch: CourseCompiler.Batch) -> Bool {
        // Nothing is published once the check has found an error; a name
        // that could not be part of a path waits for the checks (which
        // refuse it) before any target sees it.
        guard !batch.errorsBefore, setupError == nil else { return false }
        if let range = batch.repository.firstUnsafeOutputName {
            refusedName = range
            return false
        }
        do {
            let context = try context ?? start(batch.outline)
            guard let phase else { return false }
            var filtered = PhaseFilter.apply(batch.repository, phase: phase)
            let published = Set(context.publishedCourses.map(\.id))
            filtered.courses = filtered.courses.filter { published.contains($0.id.value) }
            if batch.count == 1 { wholeRepository = filtered }
            let batchContext = context.batch(filtered, lessonTrees: batch.trees)
            // Costliest first; equal costs keep the registry's order.
            let order = targets.indices.sorted {
                (targets[$0].relativeCost, -$0) > (targets[$1].relativeCost, -$1)
            }
            let total = targets.count * batch.count
            failures = Parallel.mapConcurrently(order) { [targets, progress, counter] index -> Message? in
                do {
                    try StageTimings.shared.measure(Self.timingLabel(of: targets[index])) { try targets[index].build(batchContext) }
                    progress?(targets[index].name, counter.increment(), total)
                    return nil
                } catch {
                    return Self.failure(of: targets[index], error)
                }
            }.compactMap { $0 }
            return failures.isEmpty
        } catch {
            setupError = error
            return false
        }
    }

    /// The stage's name in `COURSEC_TIMINGS` (not a message).
    static func timingLabel(of target: any BuildTarget) -> String { "target \(target.name)" }

    /// "target: error", in the reader's language where the error is an
    /// archive's (a lesson's ZIP that cannot be read any more).
    static func failure(of target: any BuildTarget, _ error: Error) -> Message {
        "\(target.name): \(Message.describing(error))"
    }

    /// The phase, the courses the build publishes and the staging folder,
    /// from the repository as declared.
    private func start(_ outline: RepositoryOutline) throws -> BuildContext {
        let declared = outline.declared
        let options = builder.options
        guard let phase = options.phaseID.map({ id in declared.phase(id: id) }) ?? declared.phases.last else {
            throw BuildError.unknownPhase(options.phaseID ?? "", available: declared.phases.map(\.id))
        }
        var courses = declared.courses
        if !options.courseIDs.isEmpty {
            let known = Set(courses.map(\.id.value))
            for id in options.courseIDs where !known.contains(id) {
                throw BuildError.unknownCourse(id, available: courses.map(\.id.value))
            }
            courses = courses.filter { options.courseIDs.contains($0.id.value) }
        }
        let staging = try OutputStaging(output: builder.output)
        let context = BuildContext(repository: outline.repository(with: []), phase: phase, fileSystem: builder.fileSystem,
                                   staging: staging.url, options: options, output: builder.output,
                                   publishedCourses: courses.map(PublishedCourse.init))
        self.phase = phase
        self.staging = staging
        self.context = context
        return context
    }

    /// Deletes the staging folder (after a commit it is already gone).
    func discard() {
        staging?.discard()
    }
}

/// Counts finished targets across threads.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// Conditions that stop a build before or outside the sources (exit 2),
/// or a target's internal failure.
public enum BuildError: MessageError, CustomStringConvertible {
    case unknownTarget(String, available: [String])
    case unknownPhase(String, available: [String])
    case unknownCourse(String, available: [String])
    case targetFailed(Message)
    case output(String)

    public var message: Message {
        switch self {
        case .unknownTarget(let name, let available):
            "unknown target '\(name)'; available: \(available.joined(separator: ", "))"
        case .unknownPhase(let id, let available):
            available.isEmpty ? "the repository declares no phases" :
                "unknown phase '\(id)'; the repository declares: \(available.joined(separator: ", "))"
        case .unknownCourse(let id, let available):
            "unknown course '\(id)'; this phase has: \(available.joined(separator: ", "))"
        case .targetFailed(let message):
            "build failed: \(message)"
        case .output(let message):
            // The output folder's own report (a path and the system's reason).
            Message(verbatim: message)
        }
    }

    public var description: String { message.description }
}
