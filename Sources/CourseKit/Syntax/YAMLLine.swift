import Foundation

/// One line of block-style YAML as an author reads it — indentation, list
/// dashes, a key and its value — found without a YAML parser, so that a
/// line the parser refused can be explained in the author's terms.
///
/// Columns are 1-based and count Unicode scalars, as libyaml's marks and
/// diagnostics do.
struct YAMLLine {
    let scalars: [Unicode.Scalar]
    /// Leading spaces.
    let indent: Int
    /// Columns of the list dashes (`- `) after the indentation, in order.
    let dashColumns: [Int]
    /// Where the content after indentation and dashes starts.
    let contentColumn: Int
    /// A plain key (`title:` followed by a space or the end of the line).
    let key: (name: String, column: Int)?
    /// Where the value after `key: ` starts, when there is one on the line.
    let valueColumn: Int?
    /// The column just after the value (before a ` #` comment and trailing spaces).
    let valueEnd: Int

    init(_ text: Substring) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var i = 0
        while i < scalars.count, scalars[i] == " " { i += 1 }
        indent = i
        var dashes: [Int] = []
        while i < scalars.count, scalars[i] == "-", i + 1 == scalars.count || scalars[i + 1] == " " {
            dashes.append(i + 1)
            i += 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        dashColumns = dashes
        contentColumn = i + 1
        var key: (String, Int)?
        var valueColumn: Int?
        if i < scalars.count, !Self.indicators.contains(scalars[i]) {
            // The first `:` followed by a space or the end of the line ends a plain key.
            var j = i
            while j < scalars.count {
                if scalars[j] == "#", j > i, scalars[j - 1] == " " { break }
                if scalars[j] == ":", j + 1 == scalars.count || scalars[j + 1] == " " {
                    key = (String(String.UnicodeScalarView(scalars[i..<j])), i + 1)
                    var v = j + 1
                    while v < scalars.count, scalars[v] == " " { v += 1 }
                    if v < scalars.count, scalars[v] != "#" { valueColumn = v + 1 }
                    break
                }
                j += 1
            }
        }
        self.key = key
        self.valueColumn = valueColumn
        valueEnd = valueColumn.map { Self.endOfValue(scalars, from: $0 - 1) } ?? (scalars.count + 1)
    }

    /// Characters that make a value YAML syntax rather than text when they come first.
    static let indicators: Set<Unicode.Scalar> = ["\"", "'", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "%", "@", "`", ","]

    var isBlank: Bool { contentColumn > scalars.count || (dashColumns.isEmpty && scalars[contentColumn - 1] == "#") }
    var isListItem: Bool { !dashColumns.isEmpty }
    /// The column of the first non-space character (a dash, a key or a value).
    var column: Int { indent + 1 }
    var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The column after the last character that is not a space.
    var trimmedEnd: Int {
        var end = scalars.count
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        return end + 1
    }

    /// The scalars from column `from` up to (not including) column `to`.
    func slice(_ from: Int, _ to: Int) -> String {
        let a = max(0, min(from - 1, scalars.count)), b = max(a, min(to - 1, scalars.count))
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }

    func character(at column: Int) -> Unicode.Scalar? {
        column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
    }

    /// The value as written (plain or quoted), without a comment.
    var value: String? { valueColumn.map { slice($0, valueEnd) } }

    /// The end of a value starting at `start` (0-based): a plain value ends
    /// at ` #`; trailing spaces are not part of it.
    private static func endOfValue(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = scalars.count
        if scalars[start] != "\"", scalars[start] != "'" {
            var j = start + 1
            while j < scalars.count {
                if scalars[j] == "#", scalars[j - 1] == " " { end = j; break }
                j += 1
            }
        }
        while end > start, scalars[end - 1] == " " { end -= 1 }
        return end + 1
    }

    /// `text` as one YAML scalar that reads back exactly: double quotes with
    /// `\` and `"` escaped, or single quotes when the text has `"` or `\`
    /// (inside single quotes nothing is an escape but `''`).
    static func quoted(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
