import CourseText
import Foundation
import Testing

/// The offline site's results file (`Templates/results.js`, run in Debian's
/// Chromium) defuses formula-like cells exactly as every CSV coursec writes
/// (`SpreadsheetCell`), and what it writes reads back, through Python's
/// `csv` module and `SpreadsheetCell.undefused`, as the learner's text.
@Suite(.serialized) struct SpreadsheetCellBrowserTests {
    static let values = ["-5", "+", "=HYPERLINK(\"http://x\",\"y\")", "@A1", "\t=1", "'=1", "''-5", "'x", "5", "cinco",
                         " -5", "a,b", "\"citado\"", "", "é"]

    @Test(.enabled(if: HTMLTestSupport.chromium != nil, "chromium is not installed"))
    func resultsScriptDefusesAsCoursecDoes() throws {
        let folder = try HTMLTestSupport.temporaryFolder("spreadsheet-cell")
        try FileManager.default.copyItem(at: HTMLTestSupport.repositoryRoot.appendingPathComponent("Templates/results.js"),
                                         to: folder.appendingPathComponent("results.js"))
        let values = String(decoding: try JSONSerialization.data(withJSONObject: Self.values), as: UTF8.self)
        let probe = folder.appendingPathComponent("probe.html")
        try Data("""
            <!doctype html><html><body><script src="results.js"></script>
            <script>
            const values = \(values);
            const text = window.coursecResults.csv(values.map((v) => [v]));
            document.body.setAttribute('data-csv', JSON.stringify(text));
            </script></body></html>
            """.utf8).write(to: probe)
        let visit = try ChromiumOfflineCourseTests.visit(probe, profile: folder.appendingPathComponent("profile"))
        let attribute = try #require(ExampleVideoBrowserTests.bodyAttribute("data-csv", in: visit.dom), "\(visit.dom.prefix(400))")
        let json = attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        let csv = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String)
        let file = folder.appendingPathComponent("cells.csv")
        try Data(csv.utf8).write(to: file)

        let python = try #require(HTMLTestSupport.executable("python3"))
        let read = try HTMLTestSupport.run(python, ["-c", """
            import csv, json, sys
            rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
            print(json.dumps([r[0] if r else "" for r in rows]))
            """, file.path])
        #expect(read.status == 0, "\(read.output)")
        let cells = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String])
        #expect(cells.count == Self.values.count, "\(cells)")
        for (value, cell) in zip(Self.values, cells) {
            #expect(cell == SpreadsheetCell.defused(value), "results.js wrote \(cell.debugDescription) for \(value.debugDescription)")
            #expect(SpreadsheetCell.undefused(cell) == value)
            #expect(!SpreadsheetCell.startsLikeFormula(cell), "a spreadsheet would run \(cell.debugDescription)")
        }
    }
}
