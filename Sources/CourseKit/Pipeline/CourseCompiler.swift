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

    /// What a run in batches found: the outline it loaded first, and every
    /// diagnostic of every batch, processed together.
    public struct BatchedResult: Sendable {
        public var outline: RepositoryOutline
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        /// The last batch, not torn down: freeing a model object by object
        /// takes a while, and a command that ends right after need not
        /// (hold the result until the process exits).
        let lastBatch: RetiredBatch
    }

    /// One batch of courses handed to the work of `checkInBatches`.
    public struct Batch: Sendable {
        /// The repository with this batch's courses only.
        public var repository: Repository
        /// Their lessons' full trees, when the run keeps them.
        public var trees: LessonTrees?
        /// The whole repository as declared (every course, no lessons).
        public var outline: RepositoryOutline
        /// Which batch this is (0-based) of how many.
        public var index: Int
        public var count: Int
        /// Whether the outline or an earlier batch had errors.
        public var errorsBefore: Bool
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

    /// Loads and checks the whole repository, which the result holds.
    /// Throws `LoadError` only when nothing can be checked.
    public func check() throws -> Result {
        let holder = ResultBox<Repository>()
        let run = try checkInBatches(.whole) { batch in
            holder.value = batch.repository
            return true
        }
        return Result(repository: holder.value ?? run.outline.repository(with: []), diagnostics: run.diagnostics)
    }

    /// Loads and checks the repository a batch of courses at a time
    /// (`CourseBatches`), and runs `work` on each batch while that batch's
    /// checks run; the next batch loads meanwhile, so at most two batches
    /// are in memory. `work` is told whether the outline or an earlier batch
    /// had errors (a build stops rendering then) and returns whether it
    /// wants the next batch; the checks go on through every batch anyway.
    /// There is always one batch at least (with no courses, for a
    /// repository that has none).
    /// `work` must cope with courses that have errors (report, never trap).
    /// The repository checks run last, over every course's summary; then
    /// every diagnostic is processed at once (`DiagnosticEngine`), so the
    /// result is the same whatever the batches. With `keepsTrees` (a build)
    /// each batch keeps its lessons' full trees for `work`, and drops them
    /// with the batch.
    public func checkInBatches(_ batches: CourseBatches, keepsTrees: Bool = false,
                               each work: @escaping @Sendable (Batch) -> Bool) throws -> BatchedResult {
        let sink = DiagnosticSink()
        let timings = StageTimings.shared
        let outline = try timings.measure("load outline") {
            try RepositoryLoader(fileSystem: fileSystem, sink: sink, memo: loadMemo).loadOutline()
        }
        let groups = batches.group(outline.sourceBytes)
        let engine = { (suppressions: [Suppression]) in
            DiagnosticEngine(policy: outline.declared.policy, warningsAsErrors: warningsAsErrors, suppressions: suppressions)
        }
        // Each batch is loaded with its own sink, so that whether it has an
        // error can be told from its own diagnostics and suppressions
        // (a suppression covers its own file only).
        let load: @Sendable (Range<Int>) -> LoadedBatch = { [fileSystem, loadMemo] group in
            let batchSink = DiagnosticSink()
            let store = keepsTrees ? LessonTrees() : nil
            let courses = timings.measure("load") {
                RepositoryLoader(fileSystem: fileSystem, sink: batchSink, lessonTrees: store, memo: loadMemo)
                    .loadCourses(group, of: outline)
            }
            return LoadedBatch(repository: outline.repository(with: courses), trees: store, sink: batchSink)
        }
        let memory = CheckMemory()
        var raw = sink.diagnostics
        var suppressions: [Suppression] = []
        var summaries: [CourseSummary] = []
        var errorsBefore = engine([]).process(raw).contains { $0.severity == .error }
        var wantsMore = true
        var next = groups.first.map(load)
        let retired = RetiredBatch()
        for index in groups.indices {
            guard let batch = next else { break }
            next = nil
            let following = index + 1 < groups.count ? groups[index + 1] : nil
            let doWork = wantsMore
            let handed = Batch(repository: batch.repository, trees: batch.trees, outline: outline, index: index,
                               count: groups.count, errorsBefore: errorsBefore)
            let (loaded, workWantsMore) = Parallel.alongside({
                // The batch before is freed here, while this one is checked.
                timings.measure("free batch") { retired.drop() }
                return following.map(load)
            }) {
                Parallel.alongside({ doWork ? work(handed) : false }) {
                    timings.measure("checks") {
                        CheckRunner.runCourses(batch.repository, sink: batch.sink, fileSystem: fileSystem, katex: katex,
                                               memory: memory)
                    }
                }.background
            }
            next = loaded
            let batchRaw = batch.sink.diagnostics
            let batchSuppressions = batch.repository.suppressions
            raw += batchRaw
            suppressions += batchSuppressions
            summaries += batch.repository.courses.map(CourseSummary.init)
            errorsBefore = errorsBefore || engine(batchSuppressions).process(batchRaw).contains { $0.severity == .error }
            wantsMore = wantsMore && workWantsMore
            retired.keep(batch)
        }
        let repositorySink = DiagnosticSink()
        timings.measure("checks (repository)") {
            CheckRunner.runRepository(RepositoryCheckContext(settings: outline.declared, courses: summaries,
                                                             sink: repositorySink, katex: katex))
        }
        raw += repositorySink.diagnostics
        return BatchedResult(outline: outline, diagnostics: engine(suppressions).process(raw), lastBatch: retired)
    }
}

/// One batch, loaded: its courses, their trees, and what loading said.
struct LoadedBatch: Sendable {
    var repository: Repository
    var trees: LessonTrees?
    var sink: DiagnosticSink
}

/// The batch a run is done with, until another thread frees it.
final class RetiredBatch: @unchecked Sendable {
    private let lock = NSLock()
    private var batch: LoadedBatch?

    func keep(_ batch: LoadedBatch) { lock.withLock { self.batch = batch } }

    /// Frees the batch (on the calling thread, when nothing else holds it).
    func drop() {
        let dropped = lock.withLock { () -> LoadedBatch? in
            defer { batch = nil }
            return batch
        }
        withExtendedLifetime(dropped) {}
    }
}

/// A value set once from another thread and read after it joined.
private final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
