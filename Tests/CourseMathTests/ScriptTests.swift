import Testing
import CourseMath

/// Superscripts, subscripts, primes and limits.
@Suite struct ScriptTests {
    @Test func scripts() {
        #expect(Math.body("x^2") == "<msup><mi>x</mi><mn>2</mn></msup>")
        #expect(Math.body("x_1") == "<msub><mi>x</mi><mn>1</mn></msub>")
        #expect(Math.body("x_1^2") == "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>")
        #expect(Math.body("x^2_1") == "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>")
        #expect(Math.body("x^{10}") == "<msup><mi>x</mi><mn>10</mn></msup>")
        #expect(Math.body("x^23") == "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>")
        #expect(Math.body("10^{-3}") == "<msup><mn>10</mn><mrow><mo>−</mo><mn>3</mn></mrow></msup>")
        #expect(Math.body("x^\\alpha") == "<msup><mi>x</mi><mi>α</mi></msup>")
        #expect(Math.body("(a+b)^2") == "<mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo>+</mo><mi>b</mi>"
            + "<msup><mo stretchy=\"false\">)</mo><mn>2</mn></msup></mrow>")
    }

    @Test func scriptWithoutBase() {
        #expect(Math.body("^2") == "<msup><mrow></mrow><mn>2</mn></msup>")
        #expect(Math.body("{}^{\\circ}C") == "<mrow><msup><mrow></mrow><mrow><mo>∘</mo></mrow></msup><mi>C</mi></mrow>")
        #expect(Math.body("30^{\\circ}") == "<msup><mn>30</mn><mrow><mo>∘</mo></mrow></msup>")
    }

    @Test func primes() {
        #expect(Math.body("f'") == "<msup><mi>f</mi><mo>′</mo></msup>")
        #expect(Math.body("f''") == "<msup><mi>f</mi><mo>″</mo></msup>")
        #expect(Math.body("f'^2") == "<msup><mi>f</mi><mrow><mo>′</mo><mn>2</mn></mrow></msup>")
        #expect(Math.body("f'_1") == "<msubsup><mi>f</mi><mn>1</mn><mo>′</mo></msubsup>")
    }

    @Test func largeOperatorsInline() {
        #expect(Math.body("\\sum_{i=1}^{n} i") == "<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow>"
            + "<mi>n</mi></msubsup><mi>i</mi></mrow>")
        #expect(Math.body("\\prod_k") == "<msub><mo>∏</mo><mi>k</mi></msub>")
        #expect(Math.body("\\int_0^1") == "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>")
        #expect(Math.body("\\sum\\limits_k") == "<munder><mo>∑</mo><mi>k</mi></munder>")
    }

    @Test func largeOperatorsInDisplay() {
        #expect(Math.body("\\sum_{i=1}^{n}", display: true)
            == "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>")
        #expect(Math.body("\\int_0^1", display: true) == "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>")
        #expect(Math.body("\\int\\limits_0^1", display: true) == "<munderover><mo>∫</mo><mn>0</mn><mn>1</mn></munderover>")
        #expect(Math.body("\\sum\\nolimits_k", display: true) == "<msub><mo>∑</mo><mi>k</mi></msub>")
        // Inside a fraction the style is text style again.
        #expect(Math.body("\\frac{\\sum_k}{2}", display: true) == "<mfrac><msub><mo>∑</mo><mi>k</mi></msub><mn>2</mn></mfrac>")
        #expect(Math.body("\\displaystyle\\sum_k") == "<mstyle displaystyle=\"true\"><munder><mo>∑</mo><mi>k</mi></munder></mstyle>")
    }

    @Test func limits() {
        #expect(Math.body("\\lim_{x\\to 0} f", display: true)
            == "<mrow><munder><mi>lim</mi><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder><mo>&#x2061;</mo>"
            + "<mspace width=\"0.1667em\"/><mi>f</mi></mrow>")
        #expect(Math.body("\\lim_{n}a_n") == "<mrow><msub><mi>lim</mi><mi>n</mi></msub><mo>&#x2061;</mo>"
            + "<mspace width=\"0.1667em\"/><msub><mi>a</mi><mi>n</mi></msub></mrow>")
        #expect(Math.body("\\max_k", display: true) == "<munder><mi>max</mi><mi>k</mi></munder>")
    }

    @Test func scriptErrors() {
        #expect(Math.error("x^2^3") == TeXError(offset: 3, length: 1, message: "double superscript"))
        #expect(Math.error("x_1_2") == TeXError(offset: 3, length: 1, message: "double subscript"))
        #expect(Math.error("x^2'") == TeXError(offset: 3, length: 1, message: "double superscript"))
        #expect(Math.error("x^") == TeXError(offset: 1, length: 1, message: "missing argument for ^"))
        #expect(Math.error("x_}") == TeXError(offset: 1, length: 1, message: "missing argument for _"))
        #expect(Math.error("x^^2") == TeXError(offset: 1, length: 1, message: "missing argument for ^"))
    }
}
