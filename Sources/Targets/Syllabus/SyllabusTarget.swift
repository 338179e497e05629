import CourseKit

/// Target `syllabus`: the teachers' printable syllabus.
public struct SyllabusTarget: BuildTarget {
    public init() {}
    public var name: String { "syllabus" }
    public var summary: String { "the teachers' printable syllabus" }

    public func build(_ context: BuildContext) throws {
        // Implemented in this module's other files.
    }
}
