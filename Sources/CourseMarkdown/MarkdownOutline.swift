/// The parts of a Markdown body that checking needs, without its prose:
/// `document` has the top-level blocks (with their spans), the items of
/// top-level lists, every link and image with its text, and raw HTML; text,
/// emphasis and the inner structure of blocks are left out.
///
/// Lessons are checked from their outline and rendered from the full tree
/// later, so a `coursec check` never builds the full tree of a lesson.
public struct MarkdownOutline: Sendable {
    public var document: MarkdownNode
    /// Whether the body has `$…$` or `$$…$$` math (outside code).
    public var usesMath: Bool { !math.isEmpty }
    /// Every math expression, in source order, straight from the math scanner.
    public var math: [MathExpression]
}

/// One `$…$` or `$$…$$` expression and where it is, delimiters included.
public struct MathExpression: Sendable, Equatable {
    /// The TeX between the delimiters (display math: lines joined by `\n`, trimmed).
    public var tex: String
    public var display: Bool
    public var span: SourceSpan
    /// Byte offset of `tex` from the opening delimiter's first byte, when the
    /// expression is on one line (so an offset in the TeX is a column); nil
    /// for display math spanning lines.
    public var texColumnOffset: Int?
}
