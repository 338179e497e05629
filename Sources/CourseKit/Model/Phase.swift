/// A publication phase of the programme (content is updated at its start).
public struct Phase: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// ISO dates `YYYY-MM-DD`, kept as written.
    public var start: String
    public var end: String
    public var range: SourceRange

    public init(id: String, title: String, start: String, end: String, range: SourceRange) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.range = range
    }
}
