/// A position in a source file: 1-based line and column. Columns count
/// Unicode characters (scalars), as authors count them in their editor,
/// not UTF-8 bytes.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A range in one file of the course repository. `file` is the path relative
/// to the repository root, with `/` separators, so diagnostics read the same
/// on every machine and in CI whatever the checkout path.
public struct SourceRange: Sendable, Hashable, Codable {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.init(file: file, start: .init(line: line, column: column),
                  end: .init(line: line, column: column + max(length, 1)))
    }

    /// The `length` characters at `offset` of `text`, a text that starts at
    /// this range's start (a question's text, an option's); nil when they are
    /// not on the text's first line, whose columns are the only ones known
    /// (later lines may be indented in the file and not in the text).
    public func within(_ text: String, offset: Int, length: Int) -> SourceRange? {
        guard offset + length <= text.unicodeScalars.prefix(while: { $0 != "\n" }).count else { return nil }
        return SourceRange(file: file, line: start.line, column: start.column + offset, length: length)
    }

    /// A range covering a whole file, for problems that have no better place.
    public static func file(_ path: String) -> SourceRange {
        SourceRange(file: path, line: 1, column: 1, length: 0)
    }
}
