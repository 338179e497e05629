import Testing
import CourseMath

/// `\cancel` and friends, `\boxed`, color and `\cfrac`.
@Suite struct DecorationTests {
    static func stroke(_ direction: String) -> String {
        "linear-gradient(\(direction), transparent calc(50% - 0.03em), currentColor calc(50% - 0.03em), "
            + "currentColor calc(50% + 0.03em), transparent calc(50% + 0.03em))"
    }

    /// The stroke is a gradient whose middle runs corner to corner: `to bottom
    /// right` puts it from bottom-left to top-right (`/`), `to top right` from
    /// top-left to bottom-right (`\`).
    @Test func cancel() {
        #expect(Math.body("\\cancel{x}") == "<mrow style=\"background-image: \(Self.stroke("to bottom right"))\"><mi>x</mi></mrow>")
        #expect(Math.body("\\bcancel{x}") == "<mrow style=\"background-image: \(Self.stroke("to top right"))\"><mi>x</mi></mrow>")
        #expect(Math.body("\\xcancel{x}") == "<mrow style=\"background-image: \(Self.stroke("to bottom right")), "
            + "\(Self.stroke("to top right"))\"><mi>x</mi></mrow>")
        #expect(Math.body("\\cancel{a+b}")?.hasSuffix("\"><mi>a</mi><mo>+</mo><mi>b</mi></mrow>") == true)
        #expect(Math.body("\\frac{\\cancel{2}\\cdot 3}{\\cancel{2}\\cdot 5}") != nil)
        #expect(Math.error("\\cancel") == TeXError(offset: 0, length: 7, message: "missing argument for \\cancel"))
    }

    @Test func boxed() {
        let frame = "<mrow style=\"border: 0.04em solid; padding: 0.3em\">"
        #expect(Math.body("\\boxed{x = 5}") == "\(frame)<mstyle displaystyle=\"true\"><mi>x</mi><mo>=</mo><mn>5</mn></mstyle></mrow>")
        // Already in display style: no mstyle needed.
        #expect(Math.body("\\boxed{x}", display: true) == "\(frame)<mi>x</mi></mrow>")
        // The content is set in display style: limits go under and over.
        #expect(Math.body("\\boxed{\\sum_k k}")?.contains("<munder><mo>∑</mo>") == true)
    }

    @Test func color() {
        // \color colors the rest of its group, as in KaTeX (and LaTeX).
        #expect(Math.body("\\color{red} x + y") == "<mstyle mathcolor=\"red\"><mi>x</mi><mo>+</mo><mi>y</mi></mstyle>")
        #expect(Math.body("{\\color{red} x} + y") == "<mrow><mstyle mathcolor=\"red\"><mi>x</mi></mstyle><mo>+</mo><mi>y</mi></mrow>")
        #expect(Math.body("a \\color{Blue}{b} c") == "<mrow><mi>a</mi><mstyle mathcolor=\"blue\"><mi>b</mi><mi>c</mi></mstyle></mrow>")
        #expect(Math.body("\\textcolor{#FF8800}{x^2} - 1") == "<mrow><mrow mathcolor=\"#ff8800\"><msup><mi>x</mi><mn>2</mn></msup></mrow>"
            + "<mo>−</mo><mn>1</mn></mrow>")
        #expect(Math.body("\\frac{\\color{red}1}{2}") == "<mfrac><mstyle mathcolor=\"red\"><mn>1</mn></mstyle><mn>2</mn></mfrac>")
        #expect(Math.error("x^\\color{red}2")?.message.description
            == "\\color colors the rest of its group: write {\\color{red} …} or \\textcolor{red}{…}")
    }

    @Test func continuedFraction() {
        let display = "<mstyle displaystyle=\"true\">"
        #expect(Math.body("\\cfrac{1}{2}") == "<mfrac displaystyle=\"true\">\(display)<mn>1</mn></mstyle>\(display)<mn>2</mn></mstyle></mfrac>")
        #expect(Math.body("\\cfrac{1}{1+\\cfrac{1}{x}}", display: true) == "<mfrac>\(display)<mn>1</mn></mstyle>\(display)<mn>1</mn>"
            + "<mo>+</mo><mfrac>\(display)<mn>1</mn></mstyle>\(display)<mi>x</mi></mstyle></mfrac></mstyle></mfrac>")
    }
}
