/// A position in a Markdown source file.
///
/// Lines and columns are 1-based. Columns count UTF-8 bytes, exactly as cmark
/// reports them, so a span can be mapped back onto the raw file bytes without
/// re-deriving grapheme boundaries (diagnostics convert to characters if needed).
public struct SourcePoint: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// An inclusive range of source positions (cmark convention: `end` is the
/// position of the last byte that belongs to the node).
public struct SourceSpan: Sendable, Hashable {
    public var start: SourcePoint
    public var end: SourcePoint

    public init(start: SourcePoint, end: SourcePoint) {
        self.start = start
        self.end = end
    }
}
