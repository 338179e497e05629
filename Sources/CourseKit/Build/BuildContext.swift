import Foundation

/// Everything a target needs: the phase-filtered model, where to read
/// sources, where to write, where to report. Shared by targets running in
/// parallel, so everything here is immutable or locked.
public final class BuildContext: @unchecked Sendable {
    /// The repository with only what the phase publishes (see `PhaseFilter`).
    public let repository: Repository
    public let phase: Phase
    public let fileSystem: CourseFileSystem
    /// The staging folder: targets write here, only through `stagingURL`,
    /// `stagingFolder` and `write`, which refuse any path that would leave
    /// it. Paths recorded as artifacts are relative to it and become
    /// relative to the output folder.
    public let stagingRoot: OutputRoot
    /// Files that could not be read while writing (see `BuildFailures`).
    public let failures = BuildFailures()
    /// The lesson bodies the loader parsed, for the renderer.
    public let lessonTrees: LessonTrees?
    public let options: BuildOptions
    private let lock = NSLock()
    private var recorded: [BuiltArtifact] = []
    /// Parent folders already created, so writing hundreds of CSVs into one
    /// folder does not ask the file system hundreds of times.
    private var createdFolders: Set<String> = []
    /// The folder the artifacts end up in, when known: small files already
    /// there with the same bytes are kept rather than written again.
    public let output: URL?
    private var unchanged: Set<String> = []
    private var sharedObjects: [ObjectIdentifier: AnyObject] = [:]

    public init(repository: Repository, phase: Phase, fileSystem: CourseFileSystem, staging: URL,
                options: BuildOptions, output: URL? = nil, lessonTrees: LessonTrees? = nil) {
        self.lessonTrees = lessonTrees
        self.repository = repository
        self.phase = phase
        self.fileSystem = fileSystem
        self.stagingRoot = OutputRoot(staging)
        self.options = options
        self.output = output
    }

    /// The one object of type `T` the targets of this build share (a cache
    /// of work several targets would otherwise repeat), made on first use.
    public func shared<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let existing = sharedObjects[ObjectIdentifier(type)] as? T { return existing }
        let made = make()
        sharedObjects[ObjectIdentifier(type)] = made
        return made
    }

    /// Artifacts whose file in the output already has their exact bytes:
    /// nothing was staged for them and the commit leaves them as they are.
    public var unchangedPaths: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return unchanged
    }

    /// Absolute URL inside the staging folder for an output path, creating
    /// its parent folder. Throws `OutputPathError` for a path that is not a
    /// plain relative path of valid names (see `OutputRoot`).
    public func stagingURL(_ path: String) throws -> URL {
        let url = try stagingRoot.url(for: path)
        let folder = url.deletingLastPathComponent()
        lock.lock()
        let known = createdFolders.contains(folder.path)
        lock.unlock()
        guard !known else { return url }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        lock.lock()
        createdFolders.insert(folder.path)
        lock.unlock()
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
            lock.lock()
            unchanged.insert(path)
            lock.unlock()
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
        lock.lock()
        unchanged.insert(artifact.path)
        lock.unlock()
        record(artifact)
    }

    public func record(_ artifact: BuiltArtifact) {
        lock.lock()
        recorded.append(artifact)
        lock.unlock()
    }

    /// Artifacts in path order, whatever order parallel work recorded them in.
    public var artifacts: [BuiltArtifact] {
        lock.lock()
        defer { lock.unlock() }
        return recorded.sorted { $0.path < $1.path }
    }

    /// Where `path` is in the output folder of the previous build, for
    /// comparing (never writing); nil when the build has no output folder.
    public func previousOutputURL(_ path: String) throws -> URL? {
        guard let output else { return nil }
        return try OutputRoot(output).url(for: path)
    }

    /// Where a repository-relative source file is on disk (for streaming media).
    public func sourceURL(_ path: String) -> URL? { fileSystem.url(for: path) }
}
