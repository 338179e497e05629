import Testing
import CourseMath

/// `\begin{…}` environments.
@Suite struct EnvironmentTests {
    static let fence = "<mo fence=\"true\" stretchy=\"true\">"

    @Test func cases() {
        #expect(Math.body("\\begin{cases} a + m = 30 \\\\ 4a = 100 \\end{cases}", display: true)
            == "<mrow>\(Self.fence){</mo><mtable columnalign=\"left\">"
            + "<mtr><mtd style=\"text-align: left\"><mi>a</mi><mo>+</mo><mi>m</mi><mo>=</mo><mn>30</mn></mtd></mtr>"
            + "<mtr><mtd style=\"text-align: left\"><mn>4</mn><mi>a</mi><mo>=</mo><mn>100</mn></mtd></mtr></mtable></mrow>")
        #expect(Math.body("\\begin{cases} 1 & x>0 \\\\ 0 & \\text{si no} \\end{cases}")
            == "<mrow>\(Self.fence){</mo><mtable columnalign=\"left left\">"
            + "<mtr><mtd style=\"text-align: left\"><mn>1</mn></mtd><mtd style=\"text-align: left\"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"
            + "<mtr><mtd style=\"text-align: left\"><mn>0</mn></mtd><mtd style=\"text-align: left\"><mtext>si no</mtext></mtd></mtr>"
            + "</mtable></mrow>")
    }

    @Test func matrices() {
        let cells = "<mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr>"
        #expect(Math.body("\\begin{matrix} a & b \\\\ c & d \\end{matrix}") == "<mtable>\(cells)</mtable>")
        let fences: [(String, String, String)] = [
            ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("Bmatrix", "{", "}"), ("vmatrix", "|", "|"), ("Vmatrix", "‖", "‖"),
        ]
        for (name, open, close) in fences {
            #expect(Math.body("\\begin{\(name)} a & b \\\\ c & d \\\\ \\end{\(name)}")
                == "<mrow>\(Self.fence)\(open)</mo><mtable>\(cells)</mtable>\(Self.fence)\(close)</mo></mrow>", "\(name)")
        }
    }

    @Test func aligned() {
        let expected = "<mtable displaystyle=\"true\" columnalign=\"right left\">"
            + "<mtr><mtd style=\"text-align: right; padding-right: 0\"><mn>2</mn><mi>x</mi></mtd>"
            + "<mtd style=\"text-align: left; padding-left: 0\"><mo>=</mo><mn>4</mn></mtd></mtr>"
            + "<mtr><mtd style=\"text-align: right; padding-right: 0\"><mi>x</mi></mtd>"
            + "<mtd style=\"text-align: left; padding-left: 0\"><mo>=</mo><mn>2</mn></mtd></mtr></mtable>"
        #expect(Math.body("\\begin{aligned} 2x &= 4 \\\\ x &= 2 \\end{aligned}") == expected)
        #expect(Math.body("\\begin{align*} 2x &= 4 \\\\ x &= 2 \\end{align*}", display: true) == expected)
        #expect(Math.body("\\begin{align} 2x &= 4 \\\\[4pt] x &= 2 \\end{align}", display: true) == expected)
        #expect(Math.body("\\begin{gathered} a \\\\ b \\end{gathered}")
            == "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>")
    }

    @Test func array() {
        #expect(Math.body("\\begin{array}{lcr} a & b & c \\end{array}")
            == "<mtable columnalign=\"left center right\"><mtr><mtd style=\"text-align: left\"><mi>a</mi></mtd>"
            + "<mtd><mi>b</mi></mtd><mtd style=\"text-align: right\"><mi>c</mi></mtd></mtr></mtable>")
        #expect(Math.error("\\begin{array}{p} a \\end{array}")
            == TeXError(offset: 14, length: 1, message: "unsupported column specification 'p' in array"))
    }

    /// MathML Core has no `rowlines`/`columnlines`: rules are cell borders.
    @Test func arrayRules() {
        let rule = "0.04em solid"
        #expect(Math.body("\\begin{array}{l|cr} \\hline a & b & c \\\\ \\hline \\end{array}")
            == "<mtable columnalign=\"left center right\"><mtr>"
            + "<mtd style=\"text-align: left; border-top: \(rule); border-bottom: \(rule)\"><mi>a</mi></mtd>"
            + "<mtd style=\"border-top: \(rule); border-bottom: \(rule); border-left: \(rule)\"><mi>b</mi></mtd>"
            + "<mtd style=\"text-align: right; border-top: \(rule); border-bottom: \(rule)\"><mi>c</mi></mtd></mtr></mtable>")
        // Outer rules, a rule between rows, and short rows filled so column rules do not break off.
        #expect(Math.body("\\begin{array}{|c|c|} a & b \\\\ \\hline c \\end{array}")
            == "<mtable><mtr><mtd style=\"border-left: \(rule)\"><mi>a</mi></mtd>"
            + "<mtd style=\"border-left: \(rule); border-right: \(rule)\"><mi>b</mi></mtd></mtr>"
            + "<mtr><mtd style=\"border-top: \(rule); border-left: \(rule)\"><mi>c</mi></mtd>"
            + "<mtd style=\"border-top: \(rule); border-left: \(rule); border-right: \(rule)\"></mtd></mtr></mtable>")
        #expect(Math.body("\\begin{array}{c||c} a & b \\end{array}")
            == "<mtable><mtr><mtd><mi>a</mi></mtd><mtd style=\"border-left: 0.2em double\"><mi>b</mi></mtd></mtr></mtable>")
        #expect(Math.body("\\begin{array}{c:c} \\hdashline a & b \\end{array}")
            == "<mtable><mtr><mtd style=\"border-top: 0.04em dashed\"><mi>a</mi></mtd>"
            + "<mtd style=\"border-top: 0.04em dashed; border-left: 0.04em dashed\"><mi>b</mi></mtd></mtr></mtable>")
        #expect(Math.body("\\begin{matrix} \\hline\\hline a \\end{matrix}")
            == "<mtable><mtr><mtd style=\"border-top: 0.2em double\"><mi>a</mi></mtd></mtr></mtable>")
        #expect(Math.error("\\begin{array}{c|||c} a \\end{array}")
            == TeXError(offset: 17, length: 1, message: "more than two rules in a row are not supported"))
        #expect(Math.error("\\begin{matrix} \\hline\\hline\\hline a \\end{matrix}")
            == TeXError(offset: 27, length: 6, message: "more than two rules in a row are not supported"))
        #expect(Math.error("\\begin{matrix} a \\hline \\end{matrix}")
            == TeXError(offset: 17, length: 6, message: "\\hline is only allowed at the start of a row of an array"))
    }

    @Test func dcases() {
        #expect(Math.body("\\begin{dcases} \\frac{1}{2} & x > 0 \\end{dcases}")
            == "<mrow>\(Self.fence){</mo><mtable displaystyle=\"true\" columnalign=\"left left\">"
            + "<mtr><mtd style=\"text-align: left\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mtd>"
            + "<mtd style=\"text-align: left\"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr></mtable></mrow>")
    }

    @Test func environmentErrors() {
        #expect(Math.error("\\begin{foo} a \\end{foo}") == TeXError(offset: 0, length: 11, message: "unknown environment 'foo'"))
        #expect(Math.error("\\begin{cases} a \\end{matrix}")
            == TeXError(offset: 16, length: 12, message: "\\end{matrix} does not match \\begin{cases}"))
        #expect(Math.error("\\begin{cases} a") == TeXError(offset: 0, length: 13, message: "missing \\end{cases}"))
        #expect(Math.error("a \\end{cases}") == TeXError(offset: 2, length: 11, message: "\\end{cases} without matching \\begin{cases}"))
        #expect(Math.error("\\begin{align} a \\end{align}")
            == TeXError(offset: 0, length: 13, message: "environment 'align' is only allowed in display math"))
        #expect(Math.error("\\begin a") == TeXError(offset: 0, length: 6, message: "missing environment name after \\begin"))
        #expect(Math.error("a & b") == TeXError(offset: 2, length: 1,
                                                  message: "alignment tab & is only allowed inside an environment such as aligned or cases"))
        #expect(Math.error("a \\\\ b", display: true) == TeXError(offset: 2, length: 2,
                                                  message: "line break \\\\ is only allowed inside an environment such as aligned or cases"))
        #expect(Math.error("\\hline") == TeXError(offset: 0, length: 6, message: "\\hline is only allowed at the start of a row of an array"))
        #expect(Math.error("\\begin{matrix} a } \\end{matrix}") == TeXError(offset: 17, length: 1, message: "unexpected closing brace"))
    }
}
