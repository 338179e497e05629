import Foundation
import Testing
import CourseMath

/// `TeXToText` against text written by hand (`Fixtures/tex-to-text.tsv`),
/// and its agreement with `TeXToMathML` on what is accepted.
@Suite struct TeXToTextTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/tex-to-text.tsv")

    /// (display, TeX, expected text) from the fixture; ␣ stands for U+202F.
    static func cases() throws -> [(display: Bool, tex: String, expected: String)] {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else {
                Issue.record("tex-to-text.tsv: expected three columns in \(line)")
                return nil
            }
            return (columns[0] == "d", columns[1], columns[2].replacingOccurrences(of: "␣", with: "\u{202F}"))
        }
    }

    @Test func handWrittenExpectations() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 150)
        var failures: [String] = []
        for (display, tex, expected) in cases {
            switch TeXToText.convert(tex, display: display) {
            case .success(let text) where text == expected: break
            case .success(let text):
                failures.append("\(tex)\n    expected «\(expected)»\n    got      «\(text)»".replacingOccurrences(of: "\u{202F}", with: "␣"))
            case .failure(let error):
                failures.append("\(tex): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count):\n\(failures.joined(separator: "\n"))")
    }

    /// One parse tree: the same TeX is accepted or refused by both, with the same error.
    @Test func acceptsAndRefusesWhatMathMLDoes() throws {
        var inputs = try Self.cases().map { ($0.tex, $0.display) }
        inputs += try CourseMathTests.courseMath().map { ($0.found.tex, $0.found.display) }
        inputs += [("\\frac{1}", false), ("\\ce{A+B}", false), ("\\begin{align} a \\end{align}", false),
                   ("\\color{bogus} x", false), ("", false), ("x^^2", false), ("\\pu{5 m/s/s}", false)]
        for (tex, display) in inputs {
            let mathML = TeXToMathML.convert(tex, display: display)
            let text = TeXToText.convert(tex, display: display)
            switch (mathML, text) {
            case (.success, .success): break
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(tex)")
            default: Issue.record("\(tex): MathML \(mathML), text \(text)")
            }
        }
    }

    @Test func textIsTrimmedAndHasNoControlCharacters() throws {
        for (tex, display) in try CourseMathTests.courseMath().map({ ($0.found.tex, $0.found.display) }) {
            guard case .success(let text) = TeXToText.convert(tex, display: display) else { continue }
            #expect(text == text.trimmingCharacters(in: .whitespaces), "\(tex)")
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2061}" }, "\(tex)")
            #expect(!text.contains("  "), "\(tex)")
        }
    }
}
