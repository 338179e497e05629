/// The rules of a table: `\hline` and `\hdashline` between rows, `|` and `:`
/// between the columns of an `array`. MathML Core has neither `rowlines` nor
/// `columnlines`, so they are drawn as CSS borders of the cells (`mtd` is a
/// table cell, and an `mtable` has no border spacing, so the borders of
/// neighbouring cells join into one line).
struct TableRules {
    enum Style {
        case solid, dashed, double

        /// TeX's `\arrayrulewidth` is 0.4pt (0.04em); a double rule needs
        /// room for two lines and the gap between them.
        var css: String {
            switch self {
            case .solid: return "0.04em solid"
            case .dashed: return "0.04em dashed"
            case .double: return "0.2em double"
            }
        }

        /// One more rule written at the same place: `||` or `\hline\hline`.
        func doubled() -> Style { .double }
    }

    /// The rule at each row boundary: index 0 is above the first row, index
    /// `n` below row `n - 1`.
    var rows: [Style?] = []
    /// The rule at each column boundary of an `array`, in the same way.
    var columns: [Style?] = []

    var isEmpty: Bool {
        !rows.contains { $0 != nil } && !columns.contains { $0 != nil }
    }

    /// Records the rule read at the start of row `row` (or after the last row).
    mutating func setRow(_ row: Int, _ style: Style?) {
        while rows.count <= row { rows.append(nil) }
        rows[row] = style
    }

    /// CSS borders for one cell: the rule above a row is the top border of
    /// its cells, the rule below the last row their bottom border; column
    /// rules are left borders, and the rule after the last column a right one.
    func css(row: Int, rowCount: Int, column: Int, columnCount: Int) -> String? {
        var parts: [String] = []
        if let style = rows.indices.contains(row) ? rows[row] : nil { parts.append("border-top: " + style.css) }
        if row == rowCount - 1, let style = rows.indices.contains(rowCount) ? rows[rowCount] : nil {
            parts.append("border-bottom: " + style.css)
        }
        if let style = columns.indices.contains(column) ? columns[column] : nil { parts.append("border-left: " + style.css) }
        if column == columnCount - 1, let style = columns.indices.contains(columnCount) ? columns[columnCount] : nil {
            parts.append("border-right: " + style.css)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
