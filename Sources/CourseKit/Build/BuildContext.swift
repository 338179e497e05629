import Foundation

/// Everything a target needs: the phase-filtered model, where to read
/// sources, where to write, where to report. Shared by targets running in
/// parallel, so everything here is immutable or locked.
///
/// A build may hand its targets the courses a batch at a time
/// (`CourseBatches`): each batch gets a context of its own (`batch(_:)`)
/// with its courses and trees, sharing with the others what spans the
/// build (recorded artifacts, failures, `shared` objects).
public final class BuildContext: @unchecked Sendable {
    /// The repository with only what the phase publishes (see `PhaseFilter`),
    /// and only this batch's courses.
    public let repository: Repository
    public let phase: Phase
    public let fileSystem: CourseFileSystem
    /// The staging folder: targets write here, only through `stagingURL`,
    /// `stagingFolder` and `write`, which refuse any path that would leave
    /// it. Paths recorded as artifacts are relative to it and become
    /// relative to the output folder.
    public let stagingRoot: OutputRoot
    /// Files that could not be read while writing (see `BuildFailures`).
    public var failures: BuildFailures { build.failures }
    /// The lesson bodies the loader parsed, for the renderer.
    public let lessonTrees: LessonTrees?
    public let options: BuildOptions
    /// Every course the build publishes, in order, this batch's and the
    /// others' (see `PublishedCourse`).
    public let publishedCourses: [PublishedCourse]
    /// The folder the artifacts end up in, when known: small files already
    /// there with the same bytes are kept rather than written again.
    public let output: URL?
    /// What every batch of the build shares.
    private let build: BuildState
    private let batchObjects = SharedObjects()

    /// A build of `repository`'s courses in one batch, or, with
    /// `publishedCourses`, the context of a build whose batches `batch(_:)`
    /// makes.
    public init(repository: Repository, phase: Phase, fileSystem: CourseFileSystem, staging: URL,
                options: BuildOptions, output: URL? = nil, lessonTrees: LessonTrees? = nil,
                publishedCourses: [PublishedCourse]? = nil) {
        self.lessonTrees = lessonTrees
        self.repository = repository
        self.phase = phase
        self.fileSystem = fileSystem
        self.stagingRoot = OutputRoot(staging)
        self.options = options
        self.output = output
        self.publishedCourses = publishedCourses ?? repository.courses.map(PublishedCourse.init)
        self.build = BuildState()
    }

    private init(batch repository: Repository, lessonTrees: LessonTrees?, of parent: BuildContext) {
        self.repository = repository
        self.lessonTrees = lessonTrees
        self.phase = parent.phase
        self.fileSystem = parent.fileSystem
        self.stagingRoot = parent.stagingRoot
        self.options = parent.options
        self.output = parent.output
        self.publishedCourses = parent.publishedCourses
        self.build = parent.build
    }

    /// The context of one batch of this build: `repository` holds the
    /// batch's courses (phase-filtered), `lessonTrees` their trees.
    public func batch(_ repository: Repository, lessonTrees: LessonTrees?) -> BuildContext {
        BuildContext(batch: repository, lessonTrees: lessonTrees, of: self)
    }

    /// The one object of type `T` the targets of this build share, across
    /// batches (an archive that spans courses, a cache of work several
    /// targets would otherwise repeat), made on first use.
    public func shared<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        build.shared(type, make: make)
    }

    /// Like `shared`, but one object per batch, dropped with it: a cache
    /// of what the batch's courses render.
    public func batchShared<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        batchObjects.object(type, make: make)
    }

    /// The 1-based position of `course` among the courses the build
    /// publishes (each batch's courses are among them).
    public func position(of course: Course) -> Int {
        (publishedCourses.firstIndex { $0.id == course.id.value } ?? publishedCourses.count) + 1
    }

    /// Artifacts whose file in the output already has their exact bytes:
    /// nothing was staged for them and the commit leaves them as they are.
    public var unchangedPaths: Set<String> { build.unchangedPaths }

    /// Absolute URL inside the staging folder for an output path, creating
    /// its parent folder. Throws `OutputPathError` for a path that is not a
    /// plain relative path of valid names (see `OutputRoot`).
    public func stagingURL(_ path: String) throws -> URL {
        let url = try stagingRoot.url(for: path)
        try build.createFolder(url.deletingLastPathComponent())
        return url
    }

    /// A folder inside the staging folder, created, as a root of its own
    /// for writing many files under it.
    public func stagingFolder(_ path: String) throws -> OutputRoot {
        let folder = try stagingRoot.folder(path)
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        return folder
    }

    /// Writes a small generated file (CSV, JSON, Markdown) into staging and records it.
    @discardableResult
    public func write(_ data: Data, to path: String, target: String, course: String?) throws -> BuiltArtifact {
        let artifact = BuiltArtifact(path: path, target: target, course: course, bytes: data.count)
        // Rebuilding an unchanged course rewrites nothing: creating hundreds
        // of files costs more than reading them back to compare.
        if let output, StagingFile.hasContents(data, at: try OutputRoot(output).url(for: path)) {
            build.keep(path)
        } else {
            try StagingFile.write(data, to: try stagingURL(path))
        }
        record(artifact)
        return artifact
    }

    /// Records that the output already holds `path` (a file or a folder)
    /// exactly as this build would write it: nothing is staged for it and
    /// the commit leaves it in place.
    public func keepUnchanged(_ artifact: BuiltArtifact) {
        build.keep(artifact.path)
        record(artifact)
    }

    public func record(_ artifact: BuiltArtifact) {
        build.record(artifact)
    }

    /// Artifacts in path order, whatever order parallel work recorded them in.
    public var artifacts: [BuiltArtifact] { build.artifacts }

    /// Where `path` is in the output folder of the previous build, for
    /// comparing (never writing); nil when the build has no output folder.
    public func previousOutputURL(_ path: String) throws -> URL? {
        guard let output else { return nil }
        return try OutputRoot(output).url(for: path)
    }

    /// Where a repository-relative source file is on disk (for streaming media).
    public func sourceURL(_ path: String) -> URL? { fileSystem.url(for: path) }
}

/// What the batches of one build share: the artifacts recorded, the outputs
/// kept unchanged, the folders made, failures, and build-wide objects.
private final class BuildState: @unchecked Sendable {
    let failures = BuildFailures()
    private let lock = NSLock()
    private var recorded: [BuiltArtifact] = []
    /// Parent folders already created, so writing hundreds of CSVs into one
    /// folder does not ask the file system hundreds of times.
    private var createdFolders: Set<String> = []
    private var unchanged: Set<String> = []
    private let objects = SharedObjects()

    func shared<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        objects.object(type, make: make)
    }

    func createFolder(_ folder: URL) throws {
        guard !lock.withLock({ createdFolders.contains(folder.path) }) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        lock.withLock { _ = createdFolders.insert(folder.path) }
    }

    func keep(_ path: String) {
        lock.withLock { _ = unchanged.insert(path) }
    }

    var unchangedPaths: Set<String> { lock.withLock { unchanged } }

    func record(_ artifact: BuiltArtifact) {
        lock.withLock { recorded.append(artifact) }
    }

    var artifacts: [BuiltArtifact] { lock.withLock { recorded.sorted { $0.path < $1.path } } }
}
