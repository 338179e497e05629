import CourseKit

/// What one refresh of an `IncrementalSession` found: the diagnostics, as
/// `coursec check` reports them, and the offline site of every course of
/// the phase shown.
public struct Snapshot: Sendable {
    /// Counts refreshes from 1.
    public let generation: Int
    public let diagnostics: [Diagnostic]
    /// The whole repository as loaded (not phase-filtered).
    public let repository: Repository
    public let phase: Phase?
    public let sites: [SiteSnapshot]
    /// Courses whose site could not be laid out (an activity's ZIP that
    /// changed under the check), and a phase that does not exist.
    public let siteProblems: [Message]
    /// Lesson and quiz files reused from the previous refresh, and loaded afresh.
    public let filesReused: Int
    public let filesLoaded: Int
    /// How long the refresh took.
    public let seconds: Double

    public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }

    public func site(_ courseID: String) -> SiteSnapshot? {
        sites.first { $0.courseID == courseID }
    }
}
