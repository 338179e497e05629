import CourseKit

/// Target `scorm12`: one SCORM 1.2 package per course (or per lesson).
public struct SCORM12Target: BuildTarget {
    public init() {}
    public var name: String { "scorm12" }
    public var summary: String { "one SCORM 1.2 package per course (or per lesson)" }

    public func build(_ context: BuildContext) throws {
        // Implemented in this module's other files.
    }
}
