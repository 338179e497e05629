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
    public var usesMath: Bool
}
