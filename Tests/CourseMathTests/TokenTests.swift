import Testing
@testable import CourseMath

/// Numbers, identifiers and operators as single tokens.
@Suite struct TokenTests {
    @Test func wholeDocumentShape() {
        let tex = "x<y & z"
        #expect(TeXToMathML.convert("a < b", display: false) == .success(
            Math.namespace + "<semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">a &lt; b</annotation></semantics></math>"))
        #expect(TeXToMathML.convert("x", display: true) == .success(
            Math.displayNamespace + "<semantics><mi>x</mi>"
                + "<annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"))
        // `&` outside an environment is an error, so escaping shows on \&.
        #expect(Math.error(tex)?.message.description.hasPrefix("alignment tab") == true)
        guard case .success(let out) = TeXToMathML.convert("\\& \"q\"", display: false) else {
            Issue.record("\\& did not convert")
            return
        }
        #expect(out.contains("<mi>&amp;</mi><mi>&quot;</mi><mi>q</mi><mi>&quot;</mi>"))
        #expect(out.contains(">\\&amp; &quot;q&quot;</annotation>"))
    }

    @Test func numbers() {
        #expect(Math.body("3.14") == "<mn>3.14</mn>")
        #expect(Math.body("8{,}500") == "<mn>8,500</mn>")
        #expect(Math.body("1\\,000") == "<mrow><mn>1</mn><mspace width=\"0.1667em\"/><mn>000</mn></mrow>")
        #expect(Math.body("0.\\overline{3}")
            == "<mrow><mn>0.</mn><mover accent=\"true\"><mn>3</mn><mo stretchy=\"true\">‾</mo></mover></mrow>")
        #expect(Math.body("2.5.") == "<mrow><mn>2.5</mn><mi>.</mi></mrow>")
        #expect(Math.body("(0, 7)") == "<mrow><mo stretchy=\"false\">(</mo><mn>0</mn><mo>,</mo><mn>7</mn>"
            + "<mo stretchy=\"false\">)</mo></mrow>")
    }

    @Test func identifiersAndImplicitProducts() {
        #expect(Math.body("2ab") == "<mrow><mn>2</mn><mi>a</mi><mi>b</mi></mrow>")
        #expect(Math.body("\\alpha\\Delta") == "<mrow><mi>α</mi><mi mathvariant=\"normal\">Δ</mi></mrow>")
        #expect(Math.body("\\varepsilon\\vartheta\\varphi\\varrho\\varsigma\\varpi")
            == "<mrow><mi>ε</mi><mi>ϑ</mi><mi>φ</mi><mi>ϱ</mi><mi>ς</mi><mi>ϖ</mi></mrow>")
        #expect(Math.body("\\Gamma\\Theta\\Lambda\\Xi\\Pi\\Sigma\\Upsilon\\Phi\\Psi\\Omega")
            == "<mrow>" + ["Γ", "Θ", "Λ", "Ξ", "Π", "Σ", "Υ", "Φ", "Ψ", "Ω"]
                .map { "<mi mathvariant=\"normal\">\($0)</mi>" }.joined() + "</mrow>")
    }

    @Test func operators() {
        #expect(Math.body("a-b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        #expect(Math.body("a+b=c") == "<mrow><mi>a</mi><mo>+</mo><mi>b</mi><mo>=</mo><mi>c</mi></mrow>")
        #expect(Math.body("[a]|b|") == "<mrow><mo stretchy=\"false\">[</mo><mi>a</mi><mo stretchy=\"false\">]</mo>"
            + "<mo stretchy=\"false\">|</mo><mi>b</mi><mo stretchy=\"false\">|</mo></mrow>")
        #expect(Math.body("a/b") == "<mrow><mi>a</mi><mo stretchy=\"false\">/</mo><mi>b</mi></mrow>")
        #expect(Math.body("n!;a:b") == "<mrow><mi>n</mi><mo>!</mo><mo>;</mo><mi>a</mi><mo>:</mo><mi>b</mi></mrow>")
        #expect(Math.body("\\{1\\}") == "<mrow><mo stretchy=\"false\">{</mo><mn>1</mn><mo stretchy=\"false\">}</mo></mrow>")
        #expect(Math.body("a>b") == "<mrow><mi>a</mi><mo>&gt;</mo><mi>b</mi></mrow>")
    }

    @Test func symbols() {
        let cases: [(String, String)] = [
            ("\\times", "<mo>×</mo>"), ("\\div", "<mo>÷</mo>"), ("\\cdot", "<mo>⋅</mo>"), ("\\pm", "<mo>±</mo>"),
            ("\\le", "<mo>≤</mo>"), ("\\geq", "<mo>≥</mo>"), ("\\neq", "<mo>≠</mo>"), ("\\approx", "<mo>≈</mo>"),
            ("\\in", "<mo>∈</mo>"), ("\\notin", "<mo>∉</mo>"), ("\\subseteq", "<mo>⊆</mo>"), ("\\cup", "<mo>∪</mo>"),
            ("\\to", "<mo>→</mo>"), ("\\Rightarrow", "<mo>⇒</mo>"), ("\\iff", "<mo>⟺</mo>"),
            ("\\Longleftrightarrow", "<mo>⟺</mo>"), ("\\mapsto", "<mo>↦</mo>"),
            ("\\uparrow", "<mo stretchy=\"false\">↑</mo>"), ("\\infty", "<mi>∞</mi>"), ("\\emptyset", "<mi>∅</mi>"),
            ("\\partial", "<mi>∂</mi>"), ("\\nabla", "<mi mathvariant=\"normal\">∇</mi>"), ("\\ell", "<mi>ℓ</mi>"),
            ("\\degree", "<mi>°</mi>"), ("\\%", "<mi>%</mi>"), ("\\$", "<mi>$</mi>"), ("\\#", "<mi>#</mi>"),
            ("\\_", "<mi>_</mi>"), ("\\ldots", "<mo>…</mo>"), ("\\cdots", "<mo>⋯</mo>"), ("\\vdots", "<mo>⋮</mo>"),
            ("\\prime", "<mo>′</mo>"), ("\\therefore", "<mo>∴</mo>"), ("\\angle", "<mi>∠</mi>"),
            ("\\perp", "<mo>⊥</mo>"), ("\\parallel", "<mo>∥</mo>"), ("\\mid", "<mo>∣</mo>"),
            ("\\langle", "<mo stretchy=\"false\">⟨</mo>"), ("\\rfloor", "<mo stretchy=\"false\">⌋</mo>"),
            ("\\lVert", "<mo stretchy=\"false\">‖</mo>"), ("\\colon", "<mo>:</mo>"), ("\\neg", "<mo>¬</mo>"),
        ]
        for (tex, expected) in cases {
            #expect(Math.body(tex) == expected, "\(tex)")
        }
    }

    @Test func negation() {
        #expect(Math.body("a\\not= b") == "<mrow><mi>a</mi><mo>≠</mo><mi>b</mi></mrow>")
        #expect(Math.body("\\not\\in") == "<mo>∉</mo>")
        #expect(Math.body("\\not\\prec") == "<mo>≺\u{338}</mo>")
        #expect(Math.error("\\not x")?.message.description == "\\not must be followed by a relation symbol")
    }

    @Test func unicodeTypedDirectly() {
        #expect(Math.body("30°") == "<mrow><mn>30</mn><mi>°</mi></mrow>")
        #expect(Math.body("2π") == "<mrow><mn>2</mn><mi>π</mi></mrow>")
        #expect(Math.body("a×b≤c") == "<mrow><mi>a</mi><mo>×</mo><mi>b</mi><mo>≤</mo><mi>c</mi></mrow>")
        #expect(Math.body("ñ") == "<mi>ñ</mi>")
        #expect(Math.body("n\u{303}") == "<mi>n\u{303}</mi>")   // decomposed ñ stays one identifier
        #expect(Math.body("Δ") == "<mi mathvariant=\"normal\">Δ</mi>")
        #expect(Math.body("€5") == "<mrow><mi>€</mi><mn>5</mn></mrow>")
        #expect(Math.body("⊕") == "<mo>⊕</mo>")
        #expect(Math.body("⨝") == "<mo>⨝</mo>")   // unknown math symbol: still an operator
    }

    @Test func commentsAndSpaces() {
        #expect(Math.body("a % comment\n+ b") == "<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>")
        #expect(Math.body("5\\%") == "<mrow><mn>5</mn><mi>%</mi></mrow>")
        #expect(Math.body("  x  ") == "<mi>x</mi>")
    }
}
