import Testing
import CourseMath

/// The output is embedded in XHTML-like pages: it must always be well-formed XML.
@Suite struct WellFormedTests {
    static let batch: [(String, Bool)] = [
        ("a < b > c \\& d", false), ("\\text{<script>\\&amp;\"q\"}", false), ("x_{i<j}^{a>b}", true),
        ("\\frac{a<b}{c\\&d}", false), ("\\sqrt[3]{x}", true), ("\\left( \\frac{1}{2} \\right]", true),
        ("\\begin{cases} x & x<0 \\\\ -x & x\\ge 0 \\end{cases}", true), ("\\mathbb{R}^n \\to \\mathbb{R}", false),
        ("\\overbrace{1+2}^{\\text{tres}}", true), ("\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}", true),
        ("\\sin x \\cdot \\operatorname{mcd}(a, b)", false), ("p\\,\\% \\text{ de } C", false),
        ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", true), ("\\$ 5 \\# 3 \\_", false),
        ("% comment with <tags> & stuff\nx", false), ("\\text{ a }~b", false), ("\\lim_{x\\to\\infty} \\frac1x = 0", true),
    ]

    @Test func batchIsWellFormed() {
        for (tex, display) in Self.batch {
            guard case .success(let mathML) = TeXToMathML.convert(tex, display: display) else {
                Issue.record("did not convert: \(tex)")
                continue
            }
            #expect(XMLCheck.problem(mathML) == nil, "\(tex): \(mathML)")
        }
    }

    @Test func outputIsDeterministic() {
        for (tex, display) in Self.batch {
            #expect(TeXToMathML.convert(tex, display: display) == TeXToMathML.convert(tex, display: display))
        }
    }
}
