/// Splits a Markdown file into its YAML front matter and its body.
///
/// The front matter is the block between a first line `---` and the next
/// line that is `---` (or `...`). Line numbers are kept: the YAML starts at
/// line 2 of the file and the body at the line after the closing fence.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// Number of file lines before the YAML text (always 1: the opening fence).
    public var yamlLineOffset: Int
    public var body: String
    /// 1-based line of the file where the body starts.
    public var bodyLine: Int

    /// Returns nil when the file does not start with a front matter block,
    /// or when the block is never closed.
    public static func split(_ text: String) -> FrontMatter? {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else { return nil }
        var lineNumber = 1
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        let yamlStart = index
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            lineNumber += 1
            let line = text[index..<lineEnd]
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return FrontMatter(yaml: String(text[yamlStart..<index]), yamlLineOffset: 1,
                                   body: String(text[bodyStart...]), bodyLine: lineNumber + 1)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return nil
    }
}
