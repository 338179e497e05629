/// A YAML mistake explained: where the author must change the text, what
/// to write, and how to read the rest of the document meanwhile.
///
/// Positions are in the YAML text (1-based lines and scalar columns); the
/// parser moves them to the file (front matter starts at line 2).
struct YAMLMistake {
    /// One replacement in the text. Every edit keeps the number of lines
    /// (a replacement has as many line breaks as the text it replaces), so
    /// positions in the lines after it stay true.
    struct Edit: Equatable {
        var start: SourcePosition
        var end: SourcePosition
        var replacement: String

        /// Replaces the text of one line between two columns.
        static func line(_ line: Int, from: Int, to: Int, with replacement: String) -> Edit {
            Edit(start: .init(line: line, column: from), end: .init(line: line, column: to), replacement: replacement)
        }

        /// Inserts text before a column.
        static func insert(_ text: String, line: Int, column: Int) -> Edit {
            .line(line, from: column, to: column, with: text)
        }

        /// Applies the edit to `lines` (the text split at `\n`); false when
        /// it is out of range or changes nothing.
        func apply(to lines: inout [String]) -> Bool {
            guard start.line >= 1, end.line <= lines.count, start <= end else { return false }
            let first = Array(lines[start.line - 1].unicodeScalars)
            let last = Array(lines[end.line - 1].unicodeScalars)
            guard start.column >= 1, start.column <= first.count + 1, end.column >= 1, end.column <= last.count + 1 else { return false }
            var joined = String.UnicodeScalarView(first[..<(start.column - 1)])
            joined.append(contentsOf: replacement.unicodeScalars)
            joined.append(contentsOf: last[(end.column - 1)...])
            let replaced = String(joined).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard replaced.count == end.line - start.line + 1 else { return false }
            let before = Array(lines[(start.line - 1)..<end.line])
            guard replaced != before else { return false }
            lines.replaceSubrange((start.line - 1)..<end.line, with: replaced)
            return true
        }
    }

    var rule: Rule
    /// Where the author must change the text.
    var start: SourcePosition
    var length: Int
    var message: Message
    /// Related places (the parser's own position, the first of two keys).
    var notes: [(position: SourcePosition, message: Message)] = []
    /// The edit that certainly fixes the mistake, offered to the author.
    var fix: (edit: Edit, summary: Message)?
    /// How to read on when no certain fix is known: a likely edit (not
    /// offered to the author), or else the lines to empty.
    var guess: Edit?
    var blankLines: [Int] = []

    /// The lines `repair` may change: a later mistake on one of them is
    /// at a place of the repaired text, not of the author's.
    var repairedLines: ClosedRange<Int>? {
        if let fix { return fix.edit.start.line...fix.edit.end.line }
        if let guess { return guess.start.line...guess.end.line }
        guard let first = blankLines.min(), let last = blankLines.max() else { return nil }
        return first...last
    }

    /// Repairs `lines` so parsing can go on: the fix, the guess, or else the
    /// emptied lines. False when nothing changed (parsing cannot get further).
    func repair(_ lines: inout [String]) -> Bool {
        if let fix { return fix.edit.apply(to: &lines) }
        if let guess, guess.apply(to: &lines) { return true }
        var changed = false
        for line in blankLines where line >= 1 && line <= lines.count && !lines[line - 1].isEmpty {
            lines[line - 1] = ""
            changed = true
        }
        return changed
    }
}
