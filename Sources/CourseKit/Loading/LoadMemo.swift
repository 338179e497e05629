import CourseMarkdown
import Foundation

/// Lessons and quizzes already loaded by an earlier run of the loader in
/// the same process (`coursec serve` reloads the repository on every save):
/// a Markdown file is parsed again only when its bytes, or an answer the
/// file system gave while loading it, changed.
///
/// Loading a file depends on its bytes, on where the outline names it
/// (`referencedFrom`, where a missing file is reported) and on what the
/// loader asked the file system meanwhile: whether the media, links and
/// subtitles it names exist, and of what size (`FileProbe`). The first load
/// records all of that through `ProbeRecordingFileSystem`, with the
/// diagnostics the file produced; a later load reads the file, compares the
/// bytes, asks the same questions again and, when every answer is the same,
/// returns the recorded result and reports the recorded diagnostics. So a
/// memoized load is, by construction, what a fresh load would give.
/// Whatever else a loader comes to depend on must go through the file
/// system, as every read already does (`CourseFileSystem`).
///
/// A quiz's resolution (`RepositoryResolver`) is kept with its load too:
/// it depends only on the loaded quiz and the policy's HTML allowlist, so
/// it is reused while both are the same, with the diagnostics it reported.
public final class LoadMemo: @unchecked Sendable {
    /// Everything one load of a Markdown file depended on.
    public struct Inputs: Sendable, Equatable {
        /// Repository-relative path of the file.
        public var path: String
        /// Where the outline names the file.
        public var referencedFrom: SourceRange
        /// Whether the lesson's full tree was kept (`LessonTrees`).
        public var keepsTree: Bool
        /// What the file system answered, in order; the first is the file's own read.
        public var probes: [FileProbe]
    }

    struct Entry {
        var inputs: Inputs
        var loaded: MarkdownFileLoader.Loaded?
        /// The lesson's full tree, when the load kept one (`LessonTrees`).
        var tree: MarkdownNode?
        var diagnostics: [Diagnostic]
        /// Changes whenever the file is loaded afresh.
        var serial: Int
        /// The resolution of the quiz this load gave, once resolved.
        var resolution: Resolution?
    }

    /// What resolving a loaded quiz gave, and with which allowlist.
    struct Resolution {
        var allowlist: HTMLAllowlist
        var questions: [ResolvedQuestion]
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var nextSerial = 0
    private var counts = (reused: 0, loaded: 0)

    public init() {}

    /// What the current load of `path` depended on, when it was memoized,
    /// and a number that changes whenever the file is loaded afresh (equal
    /// serials mean the same loaded value).
    public func current(_ path: String) -> (serial: Int, inputs: Inputs)? {
        lock.withLock { entries[path].map { ($0.serial, $0.inputs) } }
    }

    /// `current` for every file the memo holds.
    public func currentLoads() -> [String: (serial: Int, inputs: Inputs)] {
        lock.withLock { entries.mapValues { ($0.serial, $0.inputs) } }
    }

    /// How many files the last runs reused and loaded afresh (then reset).
    public func takeCounts() -> (reused: Int, loaded: Int) {
        lock.withLock {
            defer { counts = (0, 0) }
            return counts
        }
    }

    /// `loader`'s load of `path`, reused when nothing it depends on changed.
    func load(_ path: String, referencedFrom reference: SourceRange, with loader: MarkdownFileLoader,
              sink: DiagnosticSink) -> MarkdownFileLoader.Loaded? {
        let fileSystem = loader.reader.fileSystem
        let keepsTree = loader.lessonTrees != nil
        if let entry = lock.withLock({ entries[path] }), entry.inputs.referencedFrom == reference,
           entry.inputs.keepsTree == keepsTree,
           entry.inputs.probes.allSatisfy({ $0.holds(in: fileSystem) }) {
            sink.append(contentsOf: entry.diagnostics)
            if let tree = entry.tree { loader.lessonTrees?.store(tree, for: path) }
            lock.withLock { counts.reused += 1 }
            return entry.loaded
        }
        let recording = ProbeRecordingFileSystem(fileSystem)
        let own = DiagnosticSink()
        let trees = keepsTree ? LessonTrees() : nil
        let fresh = MarkdownFileLoader(reader: SourceReader(fileSystem: recording, sink: own), lessonTrees: trees)
        let loaded = fresh.load(path, referencedFrom: reference)
        let tree = trees?[path]
        if let tree { loader.lessonTrees?.store(tree, for: path) }
        let diagnostics = own.diagnostics
        sink.append(contentsOf: diagnostics)
        let probes = recording.probes
        lock.withLock {
            counts.loaded += 1
            // Only a file that was read is worth keeping: a missing one costs nothing to report again.
            guard case .read(path, .bytes)? = probes.first, !probes.contains(where: \.isUncheckable) else {
                entries[path] = nil
                return
            }
            nextSerial += 1
            entries[path] = Entry(inputs: Inputs(path: path, referencedFrom: reference, keepsTree: keepsTree,
                                                 probes: probes),
                                  loaded: loaded, tree: tree, diagnostics: diagnostics, serial: nextSerial)
        }
        return loaded
    }

    /// The resolution kept for the current load of the quiz at `path`, if
    /// it was made with `allowlist`.
    func resolution(of path: String, allowlist: HTMLAllowlist) -> Resolution? {
        lock.withLock { entries[path]?.resolution.flatMap { $0.allowlist == allowlist ? $0 : nil } }
    }

    /// Keeps `resolution` with the current load of the quiz at `path`.
    func keep(_ resolution: Resolution, of path: String) {
        lock.withLock { entries[path]?.resolution = resolution }
    }

    /// Forgets every file but `paths` (files no longer in any outline).
    func keep(only paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }
}
