import CourseText
import CoursecTestSupport
import Testing

/// `SpreadsheetCell` against the rule it implements (OWASP's CSV injection
/// advice, the platform's guidance): a cell a spreadsheet would run gets an
/// apostrophe, nothing else changes, and reading undoes writing.
@Suite struct SpreadsheetCellTests {
    @Test(arguments: ["=1+1", "+52 55 1234", "-5", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")", "'=1", "''-5"])
    func formulasAreDefused(_ text: String) {
        #expect(SpreadsheetCell.defused(text) == "'" + text)
        #expect(SpreadsheetCell.undefused(SpreadsheetCell.defused(text)) == text)
    }

    @Test(arguments: ["", "5", "cinco", " =1", "'x", "'", "''", "é=1", "(−5)"])
    func otherTextIsKept(_ text: String) {
        #expect(SpreadsheetCell.defused(text) == text)
        #expect(SpreadsheetCell.undefused(text) == text)
    }

    /// Random texts over the characters that matter: writing then reading
    /// gives the text back, as strings and as bytes, and a defused cell
    /// never starts like a formula.
    @Test func roundTripOnRandomTexts() {
        var random = SplitMix(seed: 7)
        let pieces: [String] = ["=", "+", "-", "@", "\t", "\r", "'", "a", "5", " ", "ñ"]
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let written = SpreadsheetCell.defused(text)
            #expect(!SpreadsheetCell.startsLikeFormula(written), "\(text.debugDescription)")
            #expect(SpreadsheetCell.undefused(written) == text, "\(text.debugDescription)")
            #expect(Array(SpreadsheetCell.undefused(Array(written.utf8)[...])) == Array(text.utf8), "\(text.debugDescription)")
        }
    }
}
