import Foundation

/// How a run groups courses to load, check and build them a few at a time.
///
/// Courses are independent: nothing one course's checks or targets read
/// comes from another course's lessons (what spans courses is in the
/// outline, or summarized per course: `RepositoryCheckContext`). So a run
/// need not hold every lesson of the repository at once. Consecutive
/// courses are grouped until their Markdown sources reach `sourceBytes`;
/// a course larger than that is a batch of its own. Memory then follows
/// the budget or the largest course, whichever is larger, not the size of
/// the repository, and output and diagnostics are the same whatever the
/// grouping (the tests build with one course per batch and with one batch
/// and compare).
public struct CourseBatches: Sendable, Equatable {
    /// Markdown bytes per batch (the sources; a course's model, trees and
    /// rendered pages take several times that).
    public var sourceBytes: Int

    public init(sourceBytes: Int) {
        self.sourceBytes = max(1, sourceBytes)
    }

    /// Every course in one batch: the whole repository at once, as the
    /// commands that read the model after the check need it.
    public static let whole = CourseBatches(sourceBytes: Int.max)

    /// One course per batch (for tests).
    public static let perCourse = CourseBatches(sourceBytes: 1)

    /// What `coursec check` and `coursec build` use: 4 MiB of sources, or
    /// `COURSEC_BATCH_BYTES` when set (for measuring).
    public static let standard: CourseBatches = {
        if let text = ProcessInfo.processInfo.environment["COURSEC_BATCH_BYTES"], let bytes = Int(text), bytes > 0 {
            return CourseBatches(sourceBytes: bytes)
        }
        return CourseBatches(sourceBytes: 4 << 20)
    }()

    /// Consecutive runs of course indices, in order, each under the budget
    /// unless it is a single course; one empty batch when there are none.
    public func group(_ sizes: [Int]) -> [Range<Int>] {
        guard !sizes.isEmpty else { return [0..<0] }
        var batches: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, size) in sizes.enumerated() {
            if index > start, bytes > sourceBytes - size {
                batches.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += size
        }
        if start < sizes.count { batches.append(start..<sizes.count) }
        return batches
    }
}
