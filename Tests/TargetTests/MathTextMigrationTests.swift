import CourseMath
import Foundation
import Testing
@testable import TargetMCT

/// The question CSVs' math text is to move from `MathText` (a TeX reader of
/// its own) to CourseMath's `TeXToText`. Both run here on the hand-written
/// expectations of `Tests/CourseMathTests/Fixtures/tex-to-text.tsv`:
/// `TeXToText` must meet all of them, and this records, expression by
/// expression, where the CSVs' text changes with the switch. Delete this
/// test together with `MathText`.
@Suite struct MathTextMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CourseMathTests/Fixtures/tex-to-text.tsv")

    @Test func texToTextMeetsTheTableWhereMathTextDoesNot() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        var mathTextMet = 0, texToTextMet = 0, count = 0
        var lost: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else { continue }
            count += 1
            let (tex, display) = (columns[1], columns[0] == "d")
            let expected = columns[2].replacingOccurrences(of: "␣", with: "\u{202F}")
            let new = try? TeXToText.convert(tex, display: display).get()
            let old = MathText.readable(tex)
            if new == expected { texToTextMet += 1 }
            if old == expected { mathTextMet += 1 }
            // Text MathText wrote must not turn back into `$…$` source.
            if old != nil && new == nil { lost.append(tex) }
        }
        #expect(count >= 150)
        #expect(texToTextMet == count, "TeXToText meets \(texToTextMet) of \(count)")
        #expect(mathTextMet < texToTextMet, "MathText meets \(mathTextMet) of \(count)")
        #expect(lost.isEmpty, "MathText read these, TeXToText refuses them: \(lost)")
        // The bug the switch fixes: MathText drops \mathbb and reads R.
        #expect(MathText.readable("\\mathbb{R}") == "R")
        #expect(try TeXToText.convert("\\mathbb{R}", display: false).get() == "ℝ")
    }
}
