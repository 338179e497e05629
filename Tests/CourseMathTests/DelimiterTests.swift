import Testing
import CourseMath

/// `\left … \right`, `\middle` and the fixed `\big` sizes.
@Suite struct DelimiterTests {
    static let open = "<mo fence=\"true\" stretchy=\"true\">"

    @Test func leftRight() {
        #expect(Math.body("\\left( x \\right)") == "<mrow>\(Self.open)(</mo><mi>x</mi>\(Self.open))</mo></mrow>")
        #expect(Math.body("\\left[ x \\right]") == "<mrow>\(Self.open)[</mo><mi>x</mi>\(Self.open)]</mo></mrow>")
        #expect(Math.body("\\left\\{ x \\right\\}") == "<mrow>\(Self.open){</mo><mi>x</mi>\(Self.open)}</mo></mrow>")
        #expect(Math.body("\\left| x \\right|") == "<mrow>\(Self.open)|</mo><mi>x</mi>\(Self.open)|</mo></mrow>")
        #expect(Math.body("\\left\\| x \\right\\|") == "<mrow>\(Self.open)‖</mo><mi>x</mi>\(Self.open)‖</mo></mrow>")
        #expect(Math.body("\\left\\langle x \\right\\rangle") == "<mrow>\(Self.open)⟨</mo><mi>x</mi>\(Self.open)⟩</mo></mrow>")
        #expect(Math.body("\\left\\lfloor x \\right\\rfloor") == "<mrow>\(Self.open)⌊</mo><mi>x</mi>\(Self.open)⌋</mo></mrow>")
        #expect(Math.body("\\left\\lceil x \\right\\rceil") == "<mrow>\(Self.open)⌈</mo><mi>x</mi>\(Self.open)⌉</mo></mrow>")
        #expect(Math.body("\\left. x \\right|") == "<mrow><mi>x</mi>\(Self.open)|</mo></mrow>")
        // A sign right after the fence is a prefix operator.
        #expect(Math.body("\\left(-x\\right)") == "<mrow>\(Self.open)(</mo><mo form=\"prefix\">−</mo><mi>x</mi>\(Self.open))</mo></mrow>")
    }

    @Test func middle() {
        #expect(Math.body("\\left\\{ x \\middle| x>0 \\right\\}") == "<mrow>\(Self.open){</mo><mi>x</mi>"
            + "<mo fence=\"true\" stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo>"
            + "<mi>x</mi><mo>&gt;</mo><mn>0</mn>\(Self.open)}</mo></mrow>")
    }

    @Test func nestedLeftRight() {
        #expect(Math.body("\\left(\\left[x\\right]\\right)")
            == "<mrow>\(Self.open)(</mo><mrow>\(Self.open)[</mo><mi>x</mi>\(Self.open)]</mo></mrow>\(Self.open))</mo></mrow>")
    }

    @Test func bigSizes() {
        #expect(Math.body("\\big(") == "<mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>")
        #expect(Math.body("\\Bigl[") == "<mo stretchy=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">[</mo>")
        #expect(Math.body("\\biggr\\}") == "<mo stretchy=\"true\" minsize=\"2.047em\" maxsize=\"2.047em\">}</mo>")
        #expect(Math.body("\\Bigg|") == "<mo stretchy=\"true\" minsize=\"2.470em\" maxsize=\"2.470em\">|</mo>")
        #expect(Math.body("x\\big.") == "<mi>x</mi>")
    }

    @Test func delimiterErrors() {
        #expect(Math.error("\\left( x") == TeXError(offset: 0, length: 5, message: "\\left without matching \\right"))
        #expect(Math.error("x \\right)") == TeXError(offset: 2, length: 6, message: "\\right without matching \\left"))
        #expect(Math.error("a \\middle| b") == TeXError(offset: 2, length: 7, message: "\\middle without matching \\left"))
        #expect(Math.error("\\left") == TeXError(offset: 0, length: 5, message: "missing delimiter after \\left"))
        #expect(Math.error("\\left x \\right)") == TeXError(offset: 6, length: 1, message: "unsupported delimiter x after \\left"))
        #expect(Math.error("{\\left( x}\\right)") == TeXError(offset: 1, length: 5, message: "\\left without matching \\right"))
    }
}
