/// Finds the second occurrence of a duplicated key in a block mapping.
///
/// Yams refuses a mapping with a repeated key and names the first one; an
/// author needs to be pointed at the repetition. In block style the sibling
/// keys of a mapping start at the same column, and the mapping ends at the
/// first line indented less, which is all this needs.
enum DuplicateKeyLocator {
    static func secondOccurrence(of key: String, firstLine: Int, column: Int, in text: String) -> SourcePosition? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard firstLine >= 1, firstLine <= lines.count else { return nil }
        let candidates = [key + ":", "\"" + key + "\":", "'" + key + "':"]
        var index = firstLine // next line (0-based index of line firstLine + 1)
        while index < lines.count {
            let line = lines[index]
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " || $0 == "-" }.count
            let content = String(String.UnicodeScalarView(scalars.dropFirst(indent)))
            if content.isEmpty || content.hasPrefix("#") { index += 1; continue }
            if indent + 1 < column { return nil }
            if indent + 1 == column, candidates.contains(where: { content.hasPrefix($0) }) {
                return SourcePosition(line: index + 1, column: column)
            }
            index += 1
        }
        return nil
    }

    /// The line of a key and the lines under it (indented more): what is
    /// left out to read on without the repeated key.
    static func block(at line: Int, in lines: [String]) -> [Int] {
        let parsed = lines.map { YAMLLine(Substring($0)) }
        guard line >= 1, line <= parsed.count else { return [] }
        var block = [line]
        var next = line + 1
        while next <= parsed.count, parsed[next - 1].isBlank || parsed[next - 1].indent > parsed[line - 1].indent {
            block.append(next)
            next += 1
        }
        return block
    }
}
