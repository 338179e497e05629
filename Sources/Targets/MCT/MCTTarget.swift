import CourseKit

/// Target `mct`: the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist.
public struct MCTTarget: BuildTarget {
    public init() {}
    public var name: String { "mct" }
    public var summary: String { "the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist" }

    public func build(_ context: BuildContext) throws {
        // Implemented in this module's other files.
    }
}
