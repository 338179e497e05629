import CourseKit

/// Target `html`: an offline HTML course that works from file://.
public struct HTMLTarget: BuildTarget {
    public init() {}
    public var name: String { "html" }
    public var summary: String { "an offline HTML course that works from file://" }

    public func build(_ context: BuildContext) throws {
        // Implemented in this module's other files.
    }
}
