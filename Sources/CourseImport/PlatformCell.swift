import CourseText

/// Undoes what the question CSV does to a cell (see the `mct` target's
/// `QuestionRow` and `PlatformQuestionText`) and turns it into Markdown.
enum PlatformCell {
    static var formulaStarts: Set<Character> { SpreadsheetCell.formulaStarts }

    /// Stands for a blank (`|` in a fill-in question) while the cell goes
    /// through the HTML reader; a private-use character no author types.
    static let blankMark = "\u{E000}"

    /// A rich-text cell (question or choice) as Markdown. `blanks` reads
    /// each literal `|` as a blank (`blankMark`); `&#124;` stays a `|`.
    static func richText(_ cell: String, blanks: Bool = false) -> String {
        var html = undefusedHTML(cell)
        if blanks { html = html.replacingOccurrences(of: "|", with: blankMark) }
        return MarkdownWriter.markdown(HTMLFragment.parse(html))
    }

    /// A rich-text cell defused with a `<span>` wrapper loses it.
    static func undefusedHTML(_ cell: String) -> String {
        guard cell.hasPrefix("<span>"), cell.hasSuffix("</span>") else { return cell }
        let inner = String(cell.dropFirst(6).dropLast(7))
        guard let first = inner.first, formulaStarts.contains(first), !inner.contains("<span") else { return cell }
        return inner
    }

    /// A plain-text cell (explanations, answers) defused with a leading `'` loses it.
    static func undefusedPlain(_ cell: String) -> String {
        SpreadsheetCell.undefused(cell)
    }

    /// The invisible space written after a `<` that would open a tag is removed.
    static func withoutInertMarks(_ text: String) -> String {
        text.replacingOccurrences(of: "<\u{200B}", with: "<")
    }

    /// One plain-text explanation as the Markdown paragraphs that read back
    /// as it: `<br>` separates lines, and nothing in it is markup.
    static func explanation(_ plain: String) -> [String] {
        withoutInertMarks(plain).components(separatedBy: "<br>")
            .map { MarkdownWriter.escape($0.trimmingSpaces(), atLineStart: true) }
            .filter { !$0.isEmpty }
    }
}
