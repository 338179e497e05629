/// An output format: the platform's bulk-upload package, an offline HTML
/// site, SCORM 1.2 packages, the teachers' syllabus. Like mdBook's
/// renderers, every target reads the same model and writes under the build's
/// staging folder; the orchestrator commits what they wrote only when every
/// target succeeded.
public protocol BuildTarget: Sendable {
    /// The name used in `--target` (`mct`, `html`, `scorm12`, `syllabus`).
    var name: String { get }
    /// One line for `coursec build --help` and the docs.
    var summary: Message { get }
    /// Writes this target's outputs for every course of `context.repository`
    /// under `context.staging`, recording each artifact. Called once per
    /// batch of courses (`CourseBatches`), in course order; a thrown error
    /// aborts the whole build.
    func build(_ context: BuildContext) throws
    /// Completes what spans batches (an archive of every course), after the
    /// last batch; `context` is the build's, with no courses of its own.
    func finish(_ context: BuildContext) throws
    /// Roughly how much work the target is, relative to the others (pages
    /// rendered and bytes compressed per lesson). Targets run in parallel on
    /// as many threads as there are cores; the costliest start first, so a
    /// long one never starts last and runs alone.
    var relativeCost: Int { get }
}

extension BuildTarget {
    public var relativeCost: Int { 1 }
    public func finish(_ context: BuildContext) throws {}
}
