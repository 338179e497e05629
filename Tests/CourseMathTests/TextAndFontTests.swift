import Testing
import CourseMath

/// `\text…`, math alphabets and `\operatorname`.
@Suite struct TextAndFontTests {
    @Test func text() {
        #expect(Math.body("\\text{(incorrecto)}") == "<mtext>(incorrecto)</mtext>")
        #expect(Math.body("5\\text{ cm}") == "<mrow><mn>5</mn><mtext>&#xA0;cm</mtext></mrow>")
        #expect(Math.body("\\text{ de }") == "<mtext>&#xA0;de&#xA0;</mtext>")
        #expect(Math.body("\\text{a   b}") == "<mtext>a b</mtext>")
        #expect(Math.body("\\text{50\\% y \\$3 {juntos}}") == "<mtext>50% y $3 juntos</mtext>")
        #expect(Math.body("\\text{año}") == "<mtext>año</mtext>")
        #expect(Math.body("\\text{a<b & c}") == nil)
        #expect(Math.body("\\text{a<b}") == "<mtext>a&lt;b</mtext>")
        #expect(Math.body("\\textrm{x}\\mbox{y}") == "<mrow><mtext>x</mtext><mtext>y</mtext></mrow>")
        #expect(Math.body("\\textbf{si}") == "<mtext style=\"font-weight: bold\">si</mtext>")
        #expect(Math.body("\\textit{si}") == "<mtext style=\"font-style: italic\">si</mtext>")
        #expect(Math.body("\\text{a \\textbf{b}}") == "<mtext>a b</mtext>")
        #expect(Math.body("\\text x") == "<mtext>x</mtext>")
    }

    @Test func textErrors() {
        #expect(Math.error("\\text{si $x$}") == TeXError(offset: 9, length: 1, message: "math inside \\text is not supported"))
        #expect(Math.error("\\text{a \\foo b}") == TeXError(offset: 8, length: 4, message: "unsupported TeX command \\foo in text"))
        #expect(Math.error("\\text{abc") == TeXError(offset: 5, length: 1, message: "missing closing brace"))
        #expect(Math.error("\\text") == TeXError(offset: 0, length: 5, message: "missing argument for \\text"))
        #expect(Math.error("\\text{a_b}")?.message.description == "_ is not allowed in text (write \\_)")
    }

    @Test func mathAlphabets() {
        #expect(Math.body("\\mathbb{R}") == "<mi>ℝ</mi>")
        #expect(Math.body("\\mathbb{N}\\mathbb{Z}\\mathbb{Q}\\mathbb{C}\\mathbb{I}")
            == "<mrow><mi>ℕ</mi><mi>ℤ</mi><mi>ℚ</mi><mi>ℂ</mi><mi>𝕀</mi></mrow>")
        #expect(Math.body("\\mathbb R") == "<mi>ℝ</mi>")
        #expect(Math.body("\\mathbf{v}") == "<mi>𝐯</mi>")
        #expect(Math.body("\\mathbf{2}") == "<mn>𝟐</mn>")
        #expect(Math.body("\\mathcal{L}\\mathcal{A}") == "<mrow><mi>ℒ</mi><mi>𝒜</mi></mrow>")
        #expect(Math.body("\\mathfrak{g}") == "<mi>𝔤</mi>")
        #expect(Math.body("\\mathsf{A}\\mathtt{A}") == "<mrow><mi>𝖠</mi><mi>𝙰</mi></mrow>")
        #expect(Math.body("\\mathit{h}") == "<mi>ℎ</mi>")
        #expect(Math.body("\\boldsymbol{x}") == "<mi>𝒙</mi>")
    }

    @Test func roman() {
        #expect(Math.body("\\mathrm{C}") == "<mi mathvariant=\"normal\">C</mi>")
        #expect(Math.body("\\mathrm{cm}") == "<mi>cm</mi>")
        #expect(Math.body("\\mathrm{m/s}") == "<mrow><mi mathvariant=\"normal\">m</mi><mo stretchy=\"false\">/</mo>"
            + "<mi mathvariant=\"normal\">s</mi></mrow>")
        #expect(Math.body("\\mathrm{d}x") == "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>")
        #expect(Math.body("-4\\,{}^{\\circ}\\mathrm{C}") == "<mrow><mo>−</mo><mn>4</mn><mspace width=\"0.1667em\"/>"
            + "<msup><mrow></mrow><mrow><mo>∘</mo></mrow></msup><mi mathvariant=\"normal\">C</mi></mrow>")
    }

    @Test func namedFunctions() {
        #expect(Math.body("\\sin x") == "<mrow><mi>sin</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/><mi>x</mi></mrow>")
        #expect(Math.body("\\cos(x)") == "<mrow><mi>cos</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>x</mi>"
            + "<mo stretchy=\"false\">)</mo></mrow>")
        #expect(Math.body("\\sin^2 x") == "<mrow><msup><mi>sin</mi><mn>2</mn></msup><mo>&#x2061;</mo>"
            + "<mspace width=\"0.1667em\"/><mi>x</mi></mrow>")
        #expect(Math.body("\\log_2 8") == "<mrow><msub><mi>log</mi><mn>2</mn></msub><mo>&#x2061;</mo>"
            + "<mspace width=\"0.1667em\"/><mn>8</mn></mrow>")
        #expect(Math.body("\\ln") == "<mi>ln</mi>")
        #expect(Math.body("\\sin -x") == "<mrow><mi>sin</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/>"
            + "<mo form=\"prefix\">−</mo><mi>x</mi></mrow>")
        for name in ["tan", "exp", "max", "min", "det", "gcd", "sec", "csc", "cot", "arcsin", "arccos", "arctan"] {
            #expect(Math.body("\\\(name)") == "<mi>\(name)</mi>", "\\\(name)")
        }
    }

    @Test func operatorName() {
        #expect(Math.body("\\operatorname{mcd}(a,b)") == "<mrow><mi>mcd</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo>"
            + "<mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>")
        #expect(Math.body("\\operatorname{sen} x") == "<mrow><mi>sen</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/><mi>x</mi></mrow>")
        #expect(Math.body("\\operatorname*{argmax}_x", display: true) == "<munder><mi>argmax</mi><mi>x</mi></munder>")
    }
}
