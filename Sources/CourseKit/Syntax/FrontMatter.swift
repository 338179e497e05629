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
        // Bytes, not Characters: every lesson and quiz goes through here, and
        // the fences are ASCII (line ends are already `\n`, see SourceDecoder).
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        var lineNumber = 1
        var index = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let yamlStart = index
        while index < utf8.endIndex {
            let lineEnd = utf8[index...].firstIndex(of: newline) ?? utf8.endIndex
            lineNumber += 1
            let line = utf8[index..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
                return FrontMatter(yaml: String(text[yamlStart..<index]), yamlLineOffset: 1,
                                   body: String(text[bodyStart...]), bodyLine: lineNumber + 1)
            }
            index = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
        }
        return nil
    }
}
