import CourseBuild
import CourseKit
import CourseSigning
import Foundation

/// `coursec release`: builds every target for one phase into the build's
/// new tree beside OUT, checks versions and phase order against the
/// previous release, signs every file artifact, writes the snapshots,
/// CHANGES.md and a signed `release.json` there, and only then puts the
/// tree in OUT's place in one step (see `CourseBuilder`). A refused, failed
/// or killed release leaves nothing behind, and OUT never holds a half release.
public struct ReleaseBuilder {
    public struct Options {
        public var sourceRoot: URL
        public var phaseID: String
        public var output: URL
        public var previous: URL?
        /// The key the previous release was signed with; nil: the signing key's own.
        public var previousPublicKey: MinisignPublicKey?
        public var warningsAsErrors = false
        /// Time written into archives (SOURCE_DATE_EPOCH or a constant).
        public var timestamp = BuildOptions.reproducibleTimestamp()
        /// Signing time for trusted comments; the only clock reading in a release.
        public var clock: @Sendable () -> Date = { Date() }
        /// The targets to build: all of them in a real release; tests pass their own.
        public var targets: [any BuildTarget] = TargetRegistry.all

        public init(sourceRoot: URL, phaseID: String, output: URL, previous: URL? = nil) {
            self.sourceRoot = sourceRoot
            self.phaseID = phaseID
            self.output = output
            self.previous = previous
        }
    }

    public struct Result {
        public var diagnostics: [Diagnostic] = []
        /// Nil when the sources had errors and nothing was written.
        public var manifest: ReleaseManifest?
        public var changes: ChangeSet?
        /// Version warnings and assessment call-outs, for the terminal.
        public var warnings: [Message] = []
        /// The repository's `language:` (the language of the messages).
        public var language: String?
    }

    /// Names the release itself uses at the top of OUT; no target may write them.
    static let reserved = [ReleaseManifest.fileName, ReleaseManifest.fileName + ".minisig", "CHANGES.md", "changes.json", "content"]

    public let options: Options
    public let key: MinisignSecretKey

    public init(options: Options, key: MinisignSecretKey) {
        self.options = options
        self.key = key
    }

    public func run() throws -> Result {
        let output = options.output.standardizedFileURL
        try Self.requireEmptyOrAbsent(output)
        let previous = try options.previous.map {
            try PreviousRelease(directory: $0, publicKey: options.previousPublicKey ?? key.publicKey)
        }
        let fileSystem = LocalFileSystem(root: options.sourceRoot)
        var result = Result()
        do {
            // Everything the release adds is written into the build's new
            // tree before it takes OUT's place, in the same single step. One
            // batch: the manifest snapshots every course of the built model.
            let built = try CourseBuilder(fileSystem: fileSystem, output: output,
                                          options: BuildOptions(phaseID: options.phaseID, timestamp: options.timestamp),
                                          targets: options.targets, batches: .whole)
                .build(warningsAsErrors: options.warningsAsErrors, finishing: { built, tree in
                    guard let phase = built.phase, let repository = built.repository else { return }
                    try Self.requireEmptyOrAbsent(output)
                    try seal(built, phase: phase, repository: repository, previous: previous, fileSystem: fileSystem,
                             into: tree, result: &result)
                })
            result.diagnostics = built.diagnostics
            result.language = built.language
        } catch let error as BuildError {
            throw ReleaseError.usage(error.message)
        } catch let error as LoadError {
            throw ReleaseError.usage(error.message)
        }
        return result
    }

    /// Checks versions and phase order against the previous release, then
    /// writes the snapshots, CHANGES.md, signatures and `release.json` into `tree`.
    private func seal(_ built: CourseBuilder.Result, phase: Phase, repository: Repository, previous: PreviousRelease?,
                      fileSystem: CourseFileSystem, into tree: URL, result: inout Result) throws {
        for artifact in built.artifacts {
            let top = String(artifact.path.prefix { $0 != "/" })
            if Self.reserved.contains(top) {
                throw ReleaseError.usage("target \(artifact.target) wrote '\(artifact.path)', a name the release itself uses")
            }
        }
        let order = (repository.phases.firstIndex { $0.id == phase.id } ?? 0) + 1
        var digests = ContentDigest(fileSystem: fileSystem)
        let snapshots = repository.courses.map { digests.snapshot(of: $0) }
        let changes = ReleaseDiff.compare(old: previous?.snapshots ?? [], new: snapshots,
                                          from: previous.map { $0.manifest.phase.id }, to: phase.id)
        if let previous {
            var rules = VersionRules.check(previous: previous.manifest.courses, changes: changes)
            rules.errors += ReleaseOrder.check(previous: previous.manifest, phase: phase.id, order: order,
                                               phases: repository.phases.map(\.id))
            if !rules.errors.isEmpty { throw ReleaseError.versionRules(rules.errors) }
            result.warnings += rules.warnings
        }
        for course in changes.courses {
            if let a = course.assessment, a.itemsChanged {
                result.warnings.append("\(course.id): ASSESSMENT ITEMS CHANGED (see CHANGES.md); diagnostic and final scores are comparable only within one version of the assessment")
            }
        }

        let number = (previous?.manifest.release ?? 0) + 1
        let writer = ReleaseWriter(folder: OutputRoot(tree), key: key, phase: phase.id, release: number, signingTime: options.clock())
        var documents: [ReleaseManifest.FileEntry] = []
        var courses: [ReleaseManifest.CourseEntry] = []
        for snapshot in snapshots {
            let path = "content/\(snapshot.id).json"
            documents.append(try writer.writeJSON(snapshot, to: path))
            courses.append(.init(id: snapshot.id, title: snapshot.title, version: snapshot.version,
                                 language: snapshot.language, contentDigest: snapshot.digest,
                                 lessons: snapshot.lessonCount, quizzes: snapshot.quizCount,
                                 assessmentItems: snapshot.assessmentItemCount, snapshot: path))
        }
        documents.append(try writer.writeJSON(changes, to: "changes.json"))
        let markdown = ChangesRenderer.markdown(changes, title: phase.title, language: repository.language)
        documents.append(try writer.write(Data(markdown.utf8), to: "CHANGES.md"))

        let versions = Dictionary(snapshots.map { ($0.id, $0.version) }, uniquingKeysWith: { a, _ in a })
        let artifacts = try built.artifacts.map { artifact in
            try writer.seal(artifact, version: artifact.course.flatMap { versions[$0] })
        }
        let manifest = ReleaseManifest(
            release: number, coursecVersion: CoursecVersion.current, repository: repository.name, language: repository.language,
            phase: .init(id: phase.id, title: phase.title, start: phase.start, end: phase.end, order: order),
            source: SourceRevision.of(options.sourceRoot),
            previous: previous.map { .init(phase: $0.manifest.phase.id, release: $0.manifest.release,
                                           manifestSHA256: $0.manifestSHA256) },
            courses: courses, artifacts: artifacts, documents: documents.sorted { $0.path < $1.path })
        try writer.writeManifest(manifest)
        result.manifest = manifest
        result.changes = changes
    }

    /// A release goes into a new (or empty) folder, so it never mixes with
    /// files of an earlier build, which `verify` would report as extra.
    static func requireEmptyOrAbsent(_ url: URL) throws {
        switch ReleaseFiles.kind(of: url) {
        case .missing: return
        case .directory:
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            if entries.isEmpty { return }
            throw ReleaseError.usage("\(url.path) is not empty; a release is written to a new or empty folder")
        default:
            throw ReleaseError.usage("\(url.path) exists and is not a folder")
        }
    }
}
