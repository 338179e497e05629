import Testing
import CourseMath

/// Fractions, binomials and roots.
@Suite struct FractionTests {
    @Test func fractions() {
        #expect(Math.body("\\frac{a}{b}") == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        #expect(Math.body("\\frac12") == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(Math.body("\\frac 1 2") == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(Math.body("\\frac{-b}{2a}") == "<mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac>")
        #expect(Math.body("\\frac\\pi2") == "<mfrac><mi>π</mi><mn>2</mn></mfrac>")
        #expect(Math.body("\\frac{\\frac{1}{2}}{3}") == "<mfrac><mfrac><mn>1</mn><mn>2</mn></mfrac><mn>3</mn></mfrac>")
    }

    @Test func fractionStyles() {
        #expect(Math.body("\\dfrac{1}{2}") == "<mfrac displaystyle=\"true\"><mn>1</mn><mn>2</mn></mfrac>")
        #expect(Math.body("\\dfrac{1}{2}", display: true) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(Math.body("\\tfrac{1}{2}", display: true) == "<mfrac displaystyle=\"false\"><mn>1</mn><mn>2</mn></mfrac>")
        #expect(Math.body("\\tfrac{1}{2}") == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        // A \dfrac inside a display fraction: the numerator is text style, so the attribute is needed.
        #expect(Math.body("\\frac{\\dfrac{1}{2}}{3}", display: true)
            == "<mfrac><mfrac displaystyle=\"true\"><mn>1</mn><mn>2</mn></mfrac><mn>3</mn></mfrac>")
    }

    @Test func binomials() {
        #expect(Math.body("\\binom{n}{k}") == "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo>"
            + "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>")
    }

    @Test func roots() {
        #expect(Math.body("\\sqrt{x}") == "<msqrt><mi>x</mi></msqrt>")
        #expect(Math.body("\\sqrt2") == "<msqrt><mn>2</mn></msqrt>")
        #expect(Math.body("\\sqrt{b^2-4ac}") == "<msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt>")
        #expect(Math.body("\\sqrt[3]{x}") == "<mroot><mi>x</mi><mn>3</mn></mroot>")
        #expect(Math.body("\\sqrt[n+1]{x+y}") == "<mroot><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow>"
            + "<mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></mroot>")
        #expect(Math.body("\\sqrt[{[a]}]{x}") == "<mroot><mi>x</mi><mrow><mo stretchy=\"false\">[</mo><mi>a</mi>"
            + "<mo stretchy=\"false\">]</mo></mrow></mroot>")
    }

    @Test func argumentErrors() {
        #expect(Math.error("\\frac{1}") == TeXError(offset: 0, length: 5, message: "missing argument for \\frac"))
        #expect(Math.error("\\frac") == TeXError(offset: 0, length: 5, message: "missing argument for \\frac"))
        #expect(Math.error("{\\frac{1}}") == TeXError(offset: 1, length: 5, message: "missing argument for \\frac"))
        #expect(Math.error("\\sqrt") == TeXError(offset: 0, length: 5, message: "missing argument for \\sqrt"))
        #expect(Math.error("\\sqrt[3{x}") == TeXError(offset: 5, length: 1, message: "missing ] after optional argument of \\sqrt"))
    }
}
