import Foundation
import CoursecTestSupport
import Testing
@testable import CourseMarkdown

/// `TableWidthLimit` counts cells as cmark-gfm's table extension does, and
/// a text with a row over the limit is parsed without tables, in time
/// linear in the row (cmark-gfm's own table parse is quadratic in it).
@Suite struct TableWidthLimitTests {
    /// Rows of random cells: escaped pipes, code spans, leading and trailing
    /// pipes or not, spaces. cmark-gfm itself is the oracle: a header row of
    /// n cells over a delimiter row of n cells is a table exactly when n is
    /// the header's cell count, and then the table has n header cells.
    @Test func cellCountsAgreeWithCmark() {
        var random = SplitMix(seed: 64)
        let pieces = ["a", "b c", "\\|", "`x`", "é", " ", "\\\\", "1"]
        for _ in 0..<300 {
            let cells = Int(random.next() % 80) + 1
            var row = random.next() % 2 == 0 ? "| " : ""
            for n in 0..<cells {
                if n > 0 { row += " | " }
                row += pieces[Int(random.next() % UInt64(pieces.count))] + "z"
            }
            if random.next() % 2 == 0 { row += " |" }
            let text = row + "\n|" + String(repeating: "-|", count: cells) + "\n"
            let counted = TableWidthLimit.wideRows(in: text)
            if cells > TableWidthLimit.maximumCells {
                let indent = row.utf8.prefix { $0 == UInt8(ascii: " ") }.count
                #expect(counted == [.init(line: 1, byteColumn: indent + 1, cells: cells)], "\(row)")
                #expect(nodes(MarkdownParser.parse(text)) { $0 == .table }.isEmpty, "a row over the limit is not parsed as a table")
            } else {
                #expect(counted.isEmpty, "\(row)")
                let header = nodes(MarkdownParser.parse(text)) { $0 == .tableRow(header: true) }
                #expect(header.count == 1 && header.first?.children.count == cells, "cmark reads \(row) otherwise")
            }
        }
    }

    @Test func onlyRowsOfATableCount() {
        let wide = String(repeating: "| x ", count: 100) + "|"
        // A paragraph of pipes with no delimiter row is text.
        #expect(TableWidthLimit.wideRows(in: wide + "\n").isEmpty)
        #expect(TableWidthLimit.wideRows(in: "| a | b |\n|---|---|\n\n" + wide + "\n").isEmpty, "a blank line ends the table")
        // A wide body row of a narrow table counts, one per table.
        let body = TableWidthLimit.wideRows(in: "Texto\n\n| a | b |\n|---|---|\n  " + wide + "\n" + wide + "\n")
        #expect(body == [.init(line: 5, byteColumn: 3, cells: 100)])
        // Escaped pipes are text.
        #expect(TableWidthLimit.wideRows(in: "| a | b |\n|---|---|\n| " + String(repeating: "\\| ", count: 200) + "|\n").isEmpty)
    }

    /// 20,000 columns took cmark-gfm minutes; without the table extension
    /// it is a paragraph read at once.
    @Test func aVeryWideTableIsReadAsText() {
        let row = "|" + String(repeating: " x |", count: 20_000) + "\n"
        let text = row + "|" + String(repeating: "---|", count: 20_000) + "\n" + row
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = MarkdownParser.parse(text) }
        #expect(nodes(MarkdownParser.parse(text)) { $0 == .table }.isEmpty)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
