import Testing
import CourseMath

/// Explicit spaces and the spacing rules taken from TeX.
@Suite struct SpacingTests {
    @Test func explicitSpaces() {
        let cases: [(String, String)] = [
            ("\\,", "0.1667em"), ("\\:", "0.2222em"), ("\\;", "0.2778em"), ("\\ ", "0.3333em"), ("~", "0.3333em"),
            ("\\quad", "1em"), ("\\qquad", "2em"),
        ]
        for (tex, width) in cases {
            #expect(Math.body("a\(tex) b") == "<mrow><mi>a</mi><mspace width=\"\(width)\"/><mi>b</mi></mrow>", "\(tex)")
        }
        // MathML Core has no negative space: \! is dropped.
        #expect(Math.body("a\\!b") == "<mrow><mi>a</mi><mi>b</mi></mrow>")
        #expect(Math.body("(\\;)") == "<mrow><mo stretchy=\"false\">(</mo><mspace width=\"0.2778em\"/><mo stretchy=\"false\">)</mo></mrow>")
    }

    @Test func signsAfterRelationsAndFences() {
        #expect(Math.body("-3") == "<mrow><mo>−</mo><mn>3</mn></mrow>")
        #expect(Math.body("x = -3") == "<mrow><mi>x</mi><mo>=</mo><mo form=\"prefix\">−</mo><mn>3</mn></mrow>")
        #expect(Math.body("(-2)") == "<mrow><mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo><mn>2</mn><mo stretchy=\"false\">)</mo></mrow>")
        #expect(Math.body("-6, -1") == "<mrow><mo>−</mo><mn>6</mn><mo>,</mo><mo form=\"prefix\">−</mo><mn>1</mn></mrow>")
        #expect(Math.body("a \\pm -b") == "<mrow><mi>a</mi><mo>±</mo><mo form=\"prefix\">−</mo><mi>b</mi></mrow>")
        #expect(Math.body("\\; -x") == "<mrow><mspace width=\"0.2778em\"/><mo form=\"prefix\">−</mo><mi>x</mi></mrow>")
        #expect(Math.body("a - b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        #expect(Math.body("{-}") == "<mrow><mo>−</mo></mrow>")
    }

    @Test func mathStyles() {
        #expect(Math.body("a \\displaystyle b") == "<mrow><mi>a</mi><mstyle displaystyle=\"true\"><mi>b</mi></mstyle></mrow>")
        #expect(Math.body("{\\textstyle a} b", display: true)
            == "<mrow><mstyle displaystyle=\"false\"><mi>a</mi></mstyle><mi>b</mi></mrow>")
        #expect(Math.body("\\scriptstyle a") == "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>a</mi></mstyle>")
        #expect(Math.body("\\phantom{x}") == "<mphantom><mi>x</mi></mphantom>")
    }
}
