import CourseArchive
import CourseKit
import Foundation

/// `coursec build`: checks the repository, refuses to build on errors, then
/// runs the chosen targets in parallel into a new output tree beside the
/// output folder and, only when all succeeded, puts that tree in place of
/// the old one in one step (see `OutputStaging`). An interrupted or failed
/// build leaves the output as it was.
public struct CourseBuilder: Sendable {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var artifacts: [BuiltArtifact]
        public var phase: Phase?
        /// The repository as built (phase-filtered), for release manifests.
        public var repository: Repository?
        /// The repository's `language:`, also when nothing was built (the
        /// language of the messages, see `LanguageChoice`).
        public var language: String?
        public var built: Bool { phase != nil && !diagnostics.contains { $0.severity == .error } }
    }

    public let fileSystem: CourseFileSystem
    public let output: URL
    public let options: BuildOptions
    public let targets: [any BuildTarget]
    /// Where KaTeX is installed (the check reports CS0601 when it is not).
    public let katex: KaTeXInstallation

    public init(fileSystem: CourseFileSystem, output: URL, options: BuildOptions,
                targets: [any BuildTarget] = TargetRegistry.all, katex: KaTeXInstallation = .debian) {
        self.fileSystem = fileSystem
        self.output = output.standardizedFileURL
        self.options = options
        self.targets = targets
        self.katex = katex
    }

    /// `progress` is told when each target finishes ("html", 2 of 4), for a
    /// terminal progress line; it may be called from any thread.
    /// `finishing`, when given, is called after every target succeeded with
    /// the result and the new tree, before that tree replaces the output:
    /// what it writes there goes into place in the same step (a release
    /// adds its signatures and manifest), and when it throws nothing is written.
    public func build(warningsAsErrors: Bool = false,
                      progress: (@Sendable (_ target: String, _ done: Int, _ total: Int) -> Void)? = nil,
                      finishing: ((_ result: Result, _ tree: URL) throws -> Void)? = nil) throws -> Result {
        let selected = try TargetRegistry.select(options.targets, from: targets)
        // The targets render into staging while the checks run; on errors
        // the staging folder is thrown away unseen (see `check(alongside:)`).
        // Rendering never starts on a name that could not be part of a path
        // (an id such as `../../x`): it waits for the checks, which refuse it.
        let trees = LessonTrees()
        let (checked, rendered) = try CourseCompiler(fileSystem: fileSystem, warningsAsErrors: warningsAsErrors, katex: katex)
            .check(lessonTrees: trees) { repository -> StagedBuild? in
                guard repository.firstUnsafeOutputName == nil else { return nil }
                return try render(repository, trees: trees, targets: selected, progress: progress)
            }
        if checked.hasErrors {
            if case .success(let build?) = rendered { build.staging.discard() }
            return Result(diagnostics: checked.diagnostics, artifacts: [], language: checked.repository.language)
        }
        guard let build = try rendered.get() else {
            // Only when the policy turned the id rule off: the name is still refused.
            let range = checked.repository.firstUnsafeOutputName ?? checked.repository.manifestRange
            let refusal = Diagnostic(id: Rules.invalidValue.id, severity: .error, range: range,
                                     message: "this name cannot be part of a file name; use lowercase letters, digits and '-' only")
            return Result(diagnostics: checked.diagnostics + [refusal], artifacts: [], language: checked.repository.language)
        }
        defer { build.staging.discard() }
        if let failure = build.failures.first { throw BuildError.targetFailed(failure) }
        // Targets report no diagnostics: every rule ran in the check, so a
        // build says exactly what `coursec check` says. What a target could
        // not do (a file changed since the check) fails the build.
        let unreadable = build.context.failures.all
        if !unreadable.isEmpty { throw BuildError.targetFailed(Message(verbatim: unreadable.joined(separator: "; "))) }
        let diagnostics = checked.diagnostics
        let artifacts = build.context.artifacts
        let result = Result(diagnostics: diagnostics, artifacts: artifacts, phase: build.context.phase,
                            repository: build.context.repository, language: build.context.repository.language)
        try finishing?(result, build.staging.url)
        try StageTimings.shared.measure("commit") {
            try build.staging.commit(artifacts, unchanged: build.context.unchangedPaths)
        }
        return result
    }

    /// What the targets left in staging, not yet committed.
    private struct StagedBuild: Sendable {
        var staging: OutputStaging
        var context: BuildContext
        /// "target: error" for each target that failed.
        var failures: [Message]
    }

    private func render(_ repository: Repository, trees: LessonTrees, targets selected: [any BuildTarget],
                        progress: (@Sendable (String, Int, Int) -> Void)?) throws -> StagedBuild {
        guard let phase = options.phaseID.map({ id in repository.phase(id: id) }) ?? repository.phases.last else {
            throw BuildError.unknownPhase(options.phaseID ?? "", available: repository.phases.map(\.id))
        }
        var filtered = PhaseFilter.apply(repository, phase: phase)
        if !options.courseIDs.isEmpty {
            let known = Set(filtered.courses.map(\.id.value))
            for id in options.courseIDs where !known.contains(id) {
                throw BuildError.unknownCourse(id, available: filtered.courses.map(\.id.value))
            }
            filtered.courses = filtered.courses.filter { options.courseIDs.contains($0.id.value) }
        }

        let staging = try OutputStaging(output: output)
        let context = BuildContext(repository: filtered, phase: phase, fileSystem: fileSystem, staging: staging.url,
                                   options: options, output: output, lessonTrees: trees)
        let counter = ProgressCounter()
        // Costliest first; equal costs keep the registry's order.
        let order = selected.indices.sorted {
            (selected[$0].relativeCost, -$0) > (selected[$1].relativeCost, -$1)
        }
        let failed = Parallel.mapConcurrently(order) { index -> Message? in
            do {
                try StageTimings.shared.measure("target \(selected[index].name)") { try selected[index].build(context) }
                progress?(selected[index].name, counter.increment(), selected.count)
                return nil
            } catch let error as ArchiveError {
                return "\(selected[index].name): \(error.message)"
            } catch {
                return "\(selected[index].name): \(String(describing: error))"
            }
        }.compactMap { $0 }
        return StagedBuild(staging: staging, context: context, failures: failed)
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
public enum BuildError: Error, CustomStringConvertible {
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
