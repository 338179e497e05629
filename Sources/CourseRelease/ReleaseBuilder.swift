import CourseBuild
import CourseKit
import CourseSigning
import Foundation

/// `coursec release`: builds every target for one phase into a private
/// folder next to OUT, checks versions against the previous release, signs
/// every file artifact, writes the snapshots, CHANGES.md and a signed
/// `release.json`, and only then renames the folder to OUT. A refused or
/// failed release leaves nothing behind, and OUT never holds a half release.
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
        public var warnings: [String] = []
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
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).coursec-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }

        let fileSystem = LocalFileSystem(root: options.sourceRoot)
        let built: CourseBuilder.Result
        do {
            built = try CourseBuilder(fileSystem: fileSystem, output: staging,
                                      options: BuildOptions(phaseID: options.phaseID, timestamp: options.timestamp),
                                      targets: options.targets)
                .build(warningsAsErrors: options.warningsAsErrors)
        } catch let error as BuildError {
            throw ReleaseError.usage(error.description)
        } catch let error as LoadError {
            throw ReleaseError.usage(error.description)
        }
        var result = Result(diagnostics: built.diagnostics)
        guard built.built, let phase = built.phase, let repository = built.repository else { return result }
        for artifact in built.artifacts {
            let top = String(artifact.path.prefix { $0 != "/" })
            if Self.reserved.contains(top) {
                throw ReleaseError.usage("target \(artifact.target) wrote '\(artifact.path)', a name the release itself uses")
            }
        }

        var digests = ContentDigest(fileSystem: fileSystem)
        let snapshots = repository.courses.map { digests.snapshot(of: $0) }
        let changes = ReleaseDiff.compare(old: previous?.snapshots ?? [], new: snapshots,
                                          from: previous.map { $0.manifest.phase.id }, to: phase.id)
        if let previous {
            let rules = VersionRules.check(previous: previous.manifest.courses, changes: changes)
            if !rules.errors.isEmpty { throw ReleaseError.versionRules(rules.errors) }
            result.warnings += rules.warnings
        }
        for course in changes.courses {
            if let a = course.assessment, a.itemsChanged {
                result.warnings.append("\(course.id): ASSESSMENT ITEMS CHANGED (see CHANGES.md); diagnostic and final "
                    + "scores are comparable only within one version of the assessment")
            }
        }

        let writer = ReleaseWriter(folder: staging, key: key, phase: phase.id, signingTime: options.clock())
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
            coursecVersion: CoursecVersion.current, repository: repository.name, language: repository.language,
            phase: .init(id: phase.id, title: phase.title, start: phase.start, end: phase.end),
            source: SourceRevision.of(options.sourceRoot),
            previous: previous.map { .init(phase: $0.manifest.phase.id, manifestSHA256: $0.manifestSHA256) },
            courses: courses, artifacts: artifacts, documents: documents.sorted { $0.path < $1.path })
        try writer.writeManifest(manifest)

        try Self.requireEmptyOrAbsent(output)
        try? FileManager.default.removeItem(at: output) // an empty folder, if any
        guard rename(staging.path, output.path) == 0 else {
            throw ReleaseError.io("cannot move the release into \(output.path): \(String(cString: strerror(errno)))")
        }
        result.manifest = manifest
        result.changes = changes
        return result
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
