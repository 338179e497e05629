/// The `\begin{…}` environments: tables with optional fences.
struct Environment {
    enum Columns {
        case center
        case left
        /// `aligned`: right-aligned then left-aligned, in pairs around `&`.
        case rightLeft
        /// `array`: from the column specification argument.
        case specified
    }

    var open: String?
    var close: String?
    var columns: Columns
    /// Cells are set in display style (`aligned`, `gathered`).
    var displayStyle: Bool
    /// `align` and `gather` are whole displays, not parts of a formula.
    var displayOnly = false

    static let all: [String: Environment] = {
        var table: [String: Environment] = [
            "cases": Environment(open: "{", close: nil, columns: .left, displayStyle: false),
            "dcases": Environment(open: "{", close: nil, columns: .left, displayStyle: true),
            "matrix": Environment(open: nil, close: nil, columns: .center, displayStyle: false),
            "pmatrix": Environment(open: "(", close: ")", columns: .center, displayStyle: false),
            "bmatrix": Environment(open: "[", close: "]", columns: .center, displayStyle: false),
            "Bmatrix": Environment(open: "{", close: "}", columns: .center, displayStyle: false),
            "vmatrix": Environment(open: "|", close: "|", columns: .center, displayStyle: false),
            "Vmatrix": Environment(open: "‖", close: "‖", columns: .center, displayStyle: false),
            "array": Environment(open: nil, close: nil, columns: .specified, displayStyle: false),
            "aligned": Environment(open: nil, close: nil, columns: .rightLeft, displayStyle: true),
            "split": Environment(open: nil, close: nil, columns: .rightLeft, displayStyle: true),
            "gathered": Environment(open: nil, close: nil, columns: .center, displayStyle: true),
        ]
        for name in ["align", "align*"] {
            table[name] = Environment(open: nil, close: nil, columns: .rightLeft, displayStyle: true, displayOnly: true)
        }
        for name in ["gather", "gather*"] {
            table[name] = Environment(open: nil, close: nil, columns: .center, displayStyle: true, displayOnly: true)
        }
        return table
    }()

    static let names: [String] = all.keys.sorted()

    /// `left`, `center` or `right` for a column.
    func alignment(ofColumn index: Int, specified: [String]) -> String {
        switch columns {
        case .center: return "center"
        case .left: return "left"
        case .rightLeft: return index % 2 == 0 ? "right" : "left"
        case .specified: return index < specified.count ? specified[index] : "center"
        }
    }

    /// CSS for a cell: MathML Core aligns table cells only through CSS
    /// (`columnalign` is kept on the table for MathML 3 renderers). The pairs
    /// of `aligned` touch, so `x &= 1` reads as one formula.
    func cellStyle(alignment: String) -> String? {
        switch (columns, alignment) {
        case (_, "center"): return nil
        case (.rightLeft, "right"): return "text-align: right; padding-right: 0"
        case (.rightLeft, _): return "text-align: left; padding-left: 0"
        default: return "text-align: \(alignment)"
        }
    }
}
