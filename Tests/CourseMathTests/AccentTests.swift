import Testing
import CourseMath

/// Accents, over/under braces and extensible arrows.
@Suite struct AccentTests {
    @Test func accents() {
        let cases: [(String, String)] = [
            ("\\overline{AB}", "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">‾</mo></mover>"),
            ("\\underline{x}", "<munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">_</mo></munder>"),
            ("\\bar{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>"),
            ("\\vec{v}", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>"),
            ("\\vec v", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>"),
            ("\\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>"),
            ("\\widehat{xy}", "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">^</mo></mover>"),
            ("\\tilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>"),
            ("\\widetilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"true\">~</mo></mover>"),
            ("\\dot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>"),
            ("\\ddot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¨</mo></mover>"),
            ("\\overrightarrow{AB}", "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">→</mo></mover>"),
            ("\\overleftrightarrow{AB}", "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">↔</mo></mover>"),
        ]
        for (tex, expected) in cases {
            #expect(Math.body(tex) == expected, "\(tex)")
        }
    }

    @Test func accentWithScripts() {
        #expect(Math.body("\\bar{x}^2") == "<msup><mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover><mn>2</mn></msup>")
    }

    @Test func braces() {
        #expect(Math.body("\\overbrace{a+b}^{n}") == "<mover><mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
            + "<mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>")
        #expect(Math.body("\\underbrace{x}_{k}") == "<munder><munder><mi>x</mi><mo stretchy=\"true\">⏟</mo></munder><mi>k</mi></munder>")
        #expect(Math.body("\\underbrace{x}") == "<munder><mi>x</mi><mo stretchy=\"true\">⏟</mo></munder>")
    }

    @Test func extensibleArrows() {
        #expect(Math.body("\\xrightarrow{f}") == "<mover><mo stretchy=\"true\">→</mo><mi>f</mi></mover>")
        #expect(Math.body("\\xleftarrow[a]{b}") == "<munderover><mo stretchy=\"true\">←</mo><mi>a</mi><mi>b</mi></munderover>")
        #expect(Math.body("a \\xrightarrow{\\times 2} b") == "<mrow><mi>a</mi><mover><mo stretchy=\"true\">→</mo>"
            + "<mrow><mo>×</mo><mn>2</mn></mrow></mover><mi>b</mi></mrow>")
    }

    @Test func stacking() {
        #expect(Math.body("\\overset{?}{=}") == "<mover><mo>=</mo><mo>?</mo></mover>")
        #expect(Math.body("\\underset{n}{\\max}") == "<munder><mi>max</mi><mi>n</mi></munder>")
    }
}
