import CourseText
import Foundation

/// The report's plots as inline SVG, written by hand (no script, no
/// library): they print, work offline and need nothing but the page.
/// Every chart has a `<title>` and a text alternative next to it (the tables).
enum SVGCharts {
    struct Point {
        var x: Double
        var y: Double
        var label: String
        var href: String
        var flagged: Bool
    }

    static func coordinate(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Difficulty (x, 0–1) against discrimination (y, −0.5–1), one dot per
    /// item linked to its row; flagged items are drawn as squares.
    static func itemMap(_ points: [Point], title: String, _ f: ReportFormatting) -> String {
        let w = 480.0, h = 320.0, left = 50.0, right = 15.0, top = 15.0, bottom = 40.0
        let plotW = w - left - right, plotH = h - top - bottom
        func px(_ x: Double) -> Double { left + min(1, max(0, x)) * plotW }
        func py(_ y: Double) -> Double { top + (1 - (min(1, max(-0.5, y)) + 0.5) / 1.5) * plotH }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"\(Int(w))\" height=\"\(Int(h))\" role=\"img\" aria-labelledby=\"t-\(HTMLEscape.id(title))\">\n"
        s += "<title id=\"t-\(HTMLEscape.id(title))\">\(HTMLEscape.text(title))</title>\n"
        s += "<rect x=\"\(coordinate(left))\" y=\"\(coordinate(top))\" width=\"\(coordinate(plotW))\" height=\"\(coordinate(plotH))\" fill=\"none\" stroke=\"#999\"/>\n"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            s += "<text x=\"\(coordinate(px(tick)))\" y=\"\(coordinate(h - bottom + 15))\" text-anchor=\"middle\" font-size=\"11\">\(ReportFormatting.number(tick))</text>\n"
        }
        for tick in [-0.5, 0, 0.25, 0.5, 0.75, 1] {
            s += "<text x=\"\(coordinate(left - 5))\" y=\"\(coordinate(py(tick) + 4))\" text-anchor=\"end\" font-size=\"11\">\(ReportFormatting.number(tick))</text>\n"
        }
        s += "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(py(0)))\" x2=\"\(coordinate(w - right))\" y2=\"\(coordinate(py(0)))\" stroke=\"#c00\" stroke-dasharray=\"4 3\"/>\n"
        s += "<text x=\"\(coordinate(left + plotW / 2))\" y=\"\(coordinate(h - 5))\" text-anchor=\"middle\" font-size=\"12\">\(HTMLEscape.text(f.text("Difficulty (share of right answers, p)")))</text>\n"
        s += "<text x=\"12\" y=\"\(coordinate(top + plotH / 2))\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 12 \(coordinate(top + plotH / 2)))\">\(HTMLEscape.text(f.text("Discrimination (r)")))</text>\n"
        for point in points {
            let x = px(point.x), y = py(point.y)
            s += "<a href=\"#\(HTMLEscape.text(point.href))\"><title>\(HTMLEscape.text(point.label))</title>"
            s += point.flagged
                ? "<rect x=\"\(coordinate(x - 4))\" y=\"\(coordinate(y - 4))\" width=\"8\" height=\"8\" fill=\"#c00\"/>"
                : "<circle cx=\"\(coordinate(x))\" cy=\"\(coordinate(y))\" r=\"4\" fill=\"#1f5fa8\"/>"
            s += "</a>\n"
        }
        return s + "</svg>\n"
    }

    /// Two distributions side by side per bin (pre light, post dark).
    static func histograms(pre: [Int], post: [Int], labels: [String], title: String, _ f: ReportFormatting) -> String {
        let w = 480.0, h = 240.0, left = 45.0, bottom = 40.0, top = 20.0
        let plotH = h - top - bottom
        let maximum = Double(max(1, (pre + post).max() ?? 1))
        let band = (w - left - 10) / Double(labels.count)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"\(Int(w))\" height=\"\(Int(h))\" role=\"img\" aria-labelledby=\"t-\(HTMLEscape.id(title))\">\n"
        s += "<title id=\"t-\(HTMLEscape.id(title))\">\(HTMLEscape.text(title))</title>\n"
        for (n, label) in labels.enumerated() {
            let x = left + Double(n) * band
            for (k, values) in [pre, post].enumerated() {
                let height = Double(values[n]) / maximum * plotH
                s += "<rect x=\"\(coordinate(x + 2 + Double(k) * (band - 4) / 2))\" y=\"\(coordinate(top + plotH - height))\" width=\"\(coordinate((band - 4) / 2))\" height=\"\(coordinate(height))\" fill=\"\(k == 0 ? "#9cc3e6" : "#1f5fa8")\"><title>\(HTMLEscape.text(f.text(k == 0 ? "Diagnostic" : "Final"))) \(HTMLEscape.text(label)): \(values[n])</title></rect>\n"
            }
            s += "<text x=\"\(coordinate(x + band / 2))\" y=\"\(coordinate(h - bottom + 14))\" text-anchor=\"middle\" font-size=\"10\">\(HTMLEscape.text(label))</text>\n"
        }
        s += "<text x=\"\(coordinate(left))\" y=\"\(coordinate(top - 6))\" font-size=\"11\">máx. \(Int(maximum))</text>\n"
        s += "<rect x=\"\(coordinate(w - 190))\" y=\"\(coordinate(h - 16))\" width=\"10\" height=\"10\" fill=\"#9cc3e6\"/><text x=\"\(coordinate(w - 176))\" y=\"\(coordinate(h - 7))\" font-size=\"11\">Diagnóstica</text>\n"
        s += "<rect x=\"\(coordinate(w - 100))\" y=\"\(coordinate(h - 16))\" width=\"10\" height=\"10\" fill=\"#1f5fa8\"/><text x=\"\(coordinate(w - 86))\" y=\"\(coordinate(h - 7))\" font-size=\"11\">Final</text>\n"
        return s + "</svg>\n"
    }

    struct Interval {
        var label: String
        var value: Double
        var low: Double
        var high: Double
    }

    /// Estimates with their intervals, one row each, around a zero line.
    static func intervals(_ rows: [Interval], title: String, unit: String, _ f: ReportFormatting) -> String {
        let rowH = 26.0, left = 120.0, right = 20.0, w = 480.0, top = 10.0
        let h = top + Double(rows.count) * rowH + 30
        let lo = min(0, rows.map(\.low).min() ?? 0), hi = max(1, rows.map(\.high).max() ?? 1)
        let span = hi - lo
        func px(_ v: Double) -> Double { left + (v - lo) / span * (w - left - right) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"\(Int(w))\" height=\"\(Int(h))\" role=\"img\" aria-labelledby=\"t-\(HTMLEscape.id(title))\">\n"
        s += "<title id=\"t-\(HTMLEscape.id(title))\">\(HTMLEscape.text(title))</title>\n"
        s += "<line x1=\"\(coordinate(px(0)))\" y1=\"\(coordinate(top))\" x2=\"\(coordinate(px(0)))\" y2=\"\(coordinate(h - 25))\" stroke=\"#999\"/>\n"
        for (n, row) in rows.enumerated() {
            let y = top + Double(n) * rowH + rowH / 2
            s += "<text x=\"\(coordinate(left - 8))\" y=\"\(coordinate(y + 4))\" text-anchor=\"end\" font-size=\"12\">\(HTMLEscape.text(row.label))</text>\n"
            s += "<line x1=\"\(coordinate(px(row.low)))\" y1=\"\(coordinate(y))\" x2=\"\(coordinate(px(row.high)))\" y2=\"\(coordinate(y))\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n"
            s += "<circle cx=\"\(coordinate(px(row.value)))\" cy=\"\(coordinate(y))\" r=\"4\" fill=\"#1f5fa8\"><title>\(HTMLEscape.text(row.label)): \(ReportFormatting.number(row.value, 1)) (\(HTMLEscape.text(f.interval(row.low, row.high))))</title></circle>\n"
        }
        s += "<text x=\"\(coordinate(px(lo)))\" y=\"\(coordinate(h - 8))\" font-size=\"11\">\(ReportFormatting.number(lo, 0))</text>\n"
        s += "<text x=\"\(coordinate(px(hi)))\" y=\"\(coordinate(h - 8))\" text-anchor=\"end\" font-size=\"11\">\(ReportFormatting.number(hi, 0)) \(HTMLEscape.text(unit))</text>\n"
        return s + "</svg>\n"
    }
}

/// Escaping for the HTML report (well-formed XML, so tools can parse it).
enum HTMLEscape {
    static func text(_ text: String) -> String {
        MarkupEscaping.escape(text, .apostrophes)
    }

    /// An id-safe form of a text (letters, digits and `-`).
    static func id(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
