import Foundation
import Testing
import CourseMath

/// CourseMath against KaTeX itself (Debian's, with mhchem), in Chromium:
/// on every expression of `Fixtures/katex-differential.tsv` and of
/// `Courses/`, both must accept or both refuse, and the tokens must agree
/// (see `KaTeXHarness` for the normalisation), except for the differences
/// the fixture lists, each with its justification.
@Suite(.serialized) struct KaTeXDifferentialTests {
    struct Expression: Hashable {
        var tex: String
        var display: Bool
    }

    enum Difference: String {
        case tokens
        case katexRefuses = "katex-refuses"
        case coursemathRefuses = "coursemath-refuses"
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/katex-differential.tsv")

    /// The fixture's expressions, in order, and its known differences.
    static func fixtureCases() throws -> (expressions: [Expression], known: [Expression: Difference]) {
        var expressions: [Expression] = []
        var known: [Expression: Difference] = [:]
        let text = try String(contentsOf: fixture, encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 2 || columns.count == 3, columns[0] == "i" || columns[0] == "d", !columns[1].isEmpty else {
                Issue.record("katex-differential.tsv:\(index + 1): expected mode, TeX and an optional known difference")
                continue
            }
            let expression = Expression(tex: columns[1], display: columns[0] == "d")
            expressions.append(expression)
            if columns.count == 3 {
                let kind = columns[2].prefix { $0 != ":" }
                guard let difference = Difference(rawValue: String(kind)),
                      columns[2].dropFirst(kind.count + 1).trimmingCharacters(in: .whitespaces).count >= 10 else {
                    Issue.record("katex-differential.tsv:\(index + 1): a known difference is 'kind: justification'")
                    continue
                }
                known[expression] = difference
            }
        }
        return (expressions, known)
    }

    @Test func fixtureHasEnoughOfEachSubject() throws {
        let (expressions, known) = try Self.fixtureCases()
        let courses = try CourseMathTests.courseMath().map { Expression(tex: $0.found.tex, display: $0.found.display) }
        #expect(Set(expressions + courses).count >= 300)
        #expect(expressions.filter { $0.tex.contains("\\ce{") || $0.tex.contains("\\pu{") }.count >= 100)
        #expect(Set(expressions).count == expressions.count, "an expression is listed twice")
        #expect(known.count < expressions.count / 10, "known differences must stay exceptions")
    }

    @Test(.enabled(if: KaTeXHarness.chromium != nil, "chromium is not installed (scripts/setup.sh installs it)"))
    func courseMathAgreesWithKaTeX() throws {
        let (listed, known) = try Self.fixtureCases()
        var expressions = listed
        var seen = Set(listed)
        for (_, found) in try CourseMathTests.courseMath() {
            // Multi-line display math is compared as one line: TeX reads a line break as a space.
            let expression = Expression(tex: found.tex.replacingOccurrences(of: "\n", with: " "), display: found.display)
            if !found.tex.contains("%"), seen.insert(expression).inserted { expressions.append(expression) }
        }
        let cases = expressions.map { expression -> KaTeXHarness.Case in
            let mathML = try? TeXToMathML.convert(expression.tex, display: expression.display).get()
            return KaTeXHarness.Case(tex: expression.tex, display: expression.display, mathML: mathML)
        }
        let outcomes = try KaTeXHarness.run(cases)
        let typeset = outcomes.filter { $0.katex != nil }.count
        guard typeset > 300 else {
            Issue.record("KaTeX typeset only \(typeset) expressions: \(outcomes.first?.katexError ?? "")")
            return
        }

        var problems: [String] = []
        for (expression, outcome) in zip(expressions, outcomes) {
            let mode = expression.display ? "d" : "i"
            let actual: Difference?
            var detail = ""
            switch (outcome.katex, outcome.ours) {
            case (nil, nil): actual = nil
            case (nil, _?):
                actual = .katexRefuses
                detail = outcome.katexError ?? ""
            case (_?, nil):
                actual = .coursemathRefuses
                detail = TeXToMathML.validate(expression.tex, display: expression.display)?.message.description ?? ""
            case (let katex?, let ours?):
                actual = katex == ours ? nil : .tokens
                detail = "KaTeX " + katex.joined(separator: " ") + " | CourseMath " + ours.joined(separator: " ")
            }
            switch (actual, known[expression]) {
            case (nil, nil): break
            case (let actual?, nil):
                problems.append("unlisted difference \(actual.rawValue): \(mode)\t\(expression.tex)\n    \(detail)")
            case (nil, let listed?):
                problems.append("listed difference \(listed.rawValue) no longer occurs: \(mode)\t\(expression.tex)")
            case (let actual?, let listed?) where actual != listed:
                problems.append("listed as \(listed.rawValue) but is \(actual.rawValue): \(mode)\t\(expression.tex)\n    \(detail)")
            default: break
            }
        }
        if !problems.isEmpty {
            Issue.record("\(problems.count) of \(expressions.count) expressions (first 40):\n\(problems.prefix(40).joined(separator: "\n"))")
        }
    }
}
