import CourseText

/// HTML escaping for text and attribute values (single- or double-quoted),
/// through the project's one escaper.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, .apostrophes)
    }
}
