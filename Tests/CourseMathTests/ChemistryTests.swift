import Testing
import CourseMath

/// mhchem's `\ce{…}`: the structure of mhchem's own output (upright
/// formulas, counts and charges as scripts on an invisible X, staggered
/// charges, stretchy arrows over their conditions), and errors for
/// everything outside the school subset.
@Suite struct ChemistryTests {
    /// mhchem's `{\vphantom{X}}`, the base of every count and charge.
    static let x = "<mpadded width=\"0\"><mphantom><mi>X</mi></mphantom></mpadded>"
    static func count(_ digits: String) -> String { "<msub>\(x)<mn>\(digits)</mn></msub>" }
    static let plus = "<mo lspace=\"0\" rspace=\"0\">+</mo>"
    static let minus = "<mo lspace=\"0\" rspace=\"0\">−</mo>"
    static let thin = "<mspace width=\"0.1667em\"/>"
    static let arrowMinimum = "<mspace width=\"2.5em\"/>"

    @Test func formulas() {
        #expect(Math.body("\\ce{H2O}") == "<mrow><mi mathvariant=\"normal\">H</mi>\(Self.count("2"))<mi mathvariant=\"normal\">O</mi></mrow>")
        #expect(Math.body("\\ce{NaCl}") == "<mi>NaCl</mi>")
        #expect(Math.body("\\ce{C6H12O6}") == "<mrow><mi mathvariant=\"normal\">C</mi>\(Self.count("6"))<mi mathvariant=\"normal\">H</mi>"
            + "\(Self.count("12"))<mi mathvariant=\"normal\">O</mi>\(Self.count("6"))</mrow>")
        #expect(Math.body("\\ce{Al2(SO4)3}") == "<mrow><mi>Al</mi>\(Self.count("2"))<mo stretchy=\"false\">(</mo><mi>SO</mi>"
            + "\(Self.count("4"))<mo stretchy=\"false\">)</mo>\(Self.count("3"))</mrow>")
        #expect(Math.body("\\ce{NO_x}") == "<mrow><mi>NO</mi><msub>\(Self.x)<mi>x</mi></msub></mrow>")
        #expect(Math.body("\\ce{C_nH_{2n+2}}") == "<mrow><mi mathvariant=\"normal\">C</mi><msub>\(Self.x)<mi>n</mi></msub>"
            + "<mi mathvariant=\"normal\">H</mi><msub>\(Self.x)<mrow><mn>2</mn><mi>n</mi><mo>+</mo><mn>2</mn></mrow></msub></mrow>")
        #expect(Math.body("\\ce{\\alpha}") == "<mi>α</mi>")
        #expect(Math.body("\\ce{}") == "<mrow></mrow>")
    }

    @Test func charges() {
        // Charges follow counts, staggered as IUPAC recommends.
        #expect(Math.body("\\ce{SO4^2-}") == "<mrow><mi>SO</mi>\(Self.count("4"))<msup>\(Self.x)<mrow><mn>2</mn>\(Self.minus)</mrow></msup></mrow>")
        #expect(Math.body("\\ce{SO4^{2-}}") == Math.body("\\ce{SO4^2-}"))
        #expect(Math.body("\\ce{Fe^{3+}}") == "<mrow><mi>Fe</mi><msup>\(Self.x)<mrow><mn>3</mn>\(Self.plus)</mrow></msup></mrow>")
        #expect(Math.body("\\ce{Fe^3+}") == Math.body("\\ce{Fe^{3+}}"))
        #expect(Math.body("\\ce{NH4+}") == "<mrow><mi>NH</mi>\(Self.count("4"))<msup>\(Self.x)\(Self.plus)</msup></mrow>")
        #expect(Math.body("\\ce{OH-}") == "<mrow><mi>OH</mi><msup>\(Self.x)\(Self.minus)</msup></mrow>")
        #expect(Math.body("\\ce{Na^+}") == "<mrow><mi>Na</mi><msup>\(Self.x)\(Self.plus)</msup></mrow>")
        #expect(Math.body("\\ce{Fe^{II}}") == "<mrow><mi>Fe</mi><msup>\(Self.x)<mi>II</mi></msup></mrow>")
        #expect(Math.body("\\ce{[Cu(NH3)4]^2+}") == "<mrow><mo stretchy=\"false\">[</mo><mi>Cu</mi><mo stretchy=\"false\">(</mo>"
            + "<mi>NH</mi>\(Self.count("3"))<mo stretchy=\"false\">)</mo>\(Self.count("4"))<mo stretchy=\"false\">]</mo>"
            + "<msup>\(Self.x)<mrow><mn>2</mn>\(Self.plus)</mrow></msup></mrow>")
    }

    @Test func amountsAndStates() {
        #expect(Math.body("\\ce{2H2O}") == "<mrow><mn>2</mn>\(Self.thin)<mi mathvariant=\"normal\">H</mi>\(Self.count("2"))"
            + "<mi mathvariant=\"normal\">O</mi></mrow>")
        #expect(Math.body("\\ce{2 H2O}") == Math.body("\\ce{2H2O}"))
        #expect(Math.body("\\ce{1/2O2}") == "<mrow><mfrac><mn>1</mn><mn>2</mn></mfrac>\(Self.thin)<mi mathvariant=\"normal\">O</mi>"
            + "\(Self.count("2"))</mrow>")
        // In a display the fraction stays in text style, as mhchem's \mathchoice keeps it.
        #expect(Math.body("\\ce{1/2O2}", display: true)?.hasPrefix("<mrow><mfrac displaystyle=\"false\">") == true)
        #expect(Math.body("\\ce{0.5H2O}")?.hasPrefix("<mrow><mn>0.5</mn>\(Self.thin)") == true)
        #expect(Math.body("\\ce{n H2O}")?.hasPrefix("<mrow><mi>n</mi>\(Self.thin)<mi mathvariant=\"normal\">H</mi>") == true)
        #expect(Math.body("\\ce{2}") == "<mn>2</mn>")
        let state = "<mspace width=\"0.1111em\"/><mo stretchy=\"false\">(</mo><mi>aq</mi><mo stretchy=\"false\">)</mo>"
        #expect(Math.body("\\ce{NaCl(aq)}") == "<mrow><mi>NaCl</mi>\(state)</mrow>")
        #expect(Math.body("\\ce{NaCl (aq)}") == "<mrow><mi>NaCl</mi>\(state)</mrow>")
        #expect(Math.body("\\ce{Cl-(aq)}") == "<mrow><mi>Cl</mi><msup>\(Self.x)\(Self.minus)</msup>\(state)</mrow>")
        for letter in ["s", "l", "g"] {
            #expect(Math.body("\\ce{X(\(letter))}")?.contains("<mi mathvariant=\"normal\">\(letter)</mi><mo stretchy=\"false\">)</mo>") == true)
        }
    }

    @Test func equations() {
        #expect(Math.body("\\ce{A + B = C - D}") == "<mrow><mi mathvariant=\"normal\">A</mi><mo>+</mo><mi mathvariant=\"normal\">B</mi>"
            + "<mo>=</mo><mi mathvariant=\"normal\">C</mi><mo>−</mo><mi mathvariant=\"normal\">D</mi></mrow>")
        #expect(Math.body("\\ce{CO2 ^}") == "<mrow><mi>CO</mi>\(Self.count("2"))<mo stretchy=\"false\">↑</mo></mrow>")
        #expect(Math.body("\\ce{AgCl v}") == "<mrow><mi>AgCl</mi><mo stretchy=\"false\">↓</mo></mrow>")
        #expect(Math.body("\\ce{A, B}") == "<mrow><mi mathvariant=\"normal\">A</mi><mo lspace=\"0\" rspace=\"0\">,</mo>"
            + "<mspace width=\"0.3333em\"/><mi mathvariant=\"normal\">B</mi></mrow>")
        #expect(Math.body("\\ce{A \\pm B}")?.contains("<mo>±</mo>") == true)
    }

    @Test func arrows() {
        let arrows: [(String, String)] = [
            ("->", "→"), ("<-", "←"), ("<->", "↔"), ("<-->", "⇄"), ("<=>", "⇌"), ("<=>>", "⥂"), ("<<=>", "⥄"),
        ]
        for (spelling, character) in arrows {
            #expect(Math.body("\\ce{A \(spelling) B}") == "<mrow><mi mathvariant=\"normal\">A</mi><mover><mo stretchy=\"true\">"
                + "\(character)</mo>\(Self.arrowMinimum)</mover><mi mathvariant=\"normal\">B</mi></mrow>", "\(spelling)")
        }
        #expect(Math.body("\\ce{A->B}") == Math.body("\\ce{A -> B}"))
        let pad = "<mspace width=\"0.3em\"/>"
        #expect(Math.body("\\ce{A ->[\\Delta] B}") == "<mrow><mi mathvariant=\"normal\">A</mi><munderover><mo stretchy=\"true\">→</mo>"
            + "\(Self.arrowMinimum)<mrow>\(pad)<mi mathvariant=\"normal\">Δ</mi>\(pad)</mrow></munderover><mi mathvariant=\"normal\">B</mi></mrow>")
        #expect(Math.body("\\ce{A ->[{text above}][{text below}] B}") == "<mrow><mi mathvariant=\"normal\">A</mi><munderover>"
            + "<mo stretchy=\"true\">→</mo><mrow>\(pad)<mtext>text below</mtext>\(pad)</mrow><mrow>\(pad)<mtext>text above</mtext>\(pad)</mrow>"
            + "</munderover><mi mathvariant=\"normal\">B</mi></mrow>")
        // A condition is itself a \ce.
        #expect(Math.body("\\ce{A ->[H2O] B}")?.contains("<mrow>\(pad)<mi mathvariant=\"normal\">H</mi>\(Self.count("2"))") == true)
        #expect(Math.body("\\ce{A ->[+H2O] B}")?.contains("<mrow>\(pad)\(Self.plus)\(Self.thin)<mi mathvariant=\"normal\">H</mi>") == true)
        #expect(Math.body("\\ce{A ->[] B}") == Math.body("\\ce{A -> B}"))
    }

    @Test func isotopesHydratesAndBonds() {
        #expect(Math.body("\\ce{^{14}_{6}C}") == "<mmultiscripts><mi mathvariant=\"normal\">C</mi><mprescripts/><mn>6</mn><mn>14</mn></mmultiscripts>")
        #expect(Math.body("\\ce{^14_6C}") == Math.body("\\ce{^{14}_{6}C}"))
        #expect(Math.body("\\ce{_{6}^{14}C}") == Math.body("\\ce{^{14}_{6}C}"))
        #expect(Math.body("\\ce{^{227}_{90}Th+}") == "<mrow><mmultiscripts><mi>Th</mi><mprescripts/><mn>90</mn><mn>227</mn></mmultiscripts>"
            + "<msup>\(Self.x)\(Self.plus)</msup></mrow>")
        #expect(Math.body("\\ce{^{0}_{-1}e}") == "<mmultiscripts><mi mathvariant=\"normal\">e</mi><mprescripts/>"
            + "<mrow>\(Self.minus)<mn>1</mn></mrow><mn>0</mn></mmultiscripts>")
        let dot = "\(Self.thin)<mo lspace=\"0\" rspace=\"0\">⋅</mo>\(Self.thin)"
        let hydrate = "<mrow><mi>CuSO</mi>\(Self.count("4"))\(dot)<mn>5</mn>\(Self.thin)<mi mathvariant=\"normal\">H</mi>"
            + "\(Self.count("2"))<mi mathvariant=\"normal\">O</mi></mrow>"
        #expect(Math.body("\\ce{CuSO4*5H2O}") == hydrate)
        #expect(Math.body("\\ce{CuSO4.5H2O}") == hydrate)
        #expect(Math.body("\\ce{CuSO4 * 5 H2O}") == hydrate)
        #expect(Math.body("\\ce{C6H5-CHO}")?.contains("\(Self.count("5"))<mo lspace=\"0\" rspace=\"0\">−</mo><mi>CHO</mi>") == true)
        #expect(Math.body("\\ce{CH2=CH2}") == "<mrow><mi>CH</mi>\(Self.count("2"))<mo lspace=\"0\" rspace=\"0\">=</mo><mi>CH</mi>\(Self.count("2"))</mrow>")
        #expect(Math.body("\\ce{HC#CH}") == "<mrow><mi>HC</mi><mo lspace=\"0\" rspace=\"0\">≡</mo><mi>CH</mi></mrow>")
        #expect(Math.body("\\ce{A\\bond{-}B\\bond{=}C\\bond{#}D}") == Math.body("\\ce{A-B=C#D}"))
    }

    @Test func chemistryInsideOtherMath() {
        #expect(Math.body("\\ce{H2O} + x") == "<mrow><mrow><mi mathvariant=\"normal\">H</mi>\(Self.count("2"))"
            + "<mi mathvariant=\"normal\">O</mi></mrow><mo>+</mo><mi>x</mi></mrow>")
        #expect(Math.body("[\\ce{H+}]")?.contains("<msup>\(Self.x)\(Self.plus)</msup>") == true)
    }

    /// Each error points at the construct it is about.
    @Test func errors() {
        let cases: [(String, String, String)] = [
            ("\\ce{A+B}", "+", "unsupported '+' in \\ce (a charge ends its formula; write spaces around + between species)"),
            ("\\ce{A <-- B}", "<--", "unknown arrow <-- in \\ce (arrows are -> <- <-> <--> <=> <=>> <<=>)"),
            ("\\ce{A ->[A->B] B}", "->", "an arrow's condition cannot hold another arrow"),
            ("\\ce{A ->[x B}", "[", "missing ] after an arrow's condition"),
            ("\\ce{Fe^{Q}}", "Q", "unsupported 'Q' in \\ce (a charge holds digits, + or -, or Roman numerals)"),
            ("\\ce{Fe^}", "^", "^ in \\ce takes a charge such as ^2- or ^{3+}"),
            ("\\ce{-H}", "-", "unsupported '-' in \\ce (a bond joins two parts of a formula; put spaces around an operator)"),
            ("\\ce{C=}", "=", "unsupported '=' in \\ce (a bond joins two parts of a formula)"),
            ("\\ce{CuSO4.}", ".", "a hydrate dot must be followed by what is added (CuSO4*5H2O)"),
            ("\\ce{^{14}}", "^{14}", "an isotope's numbers must precede an element"),
            ("\\ce{^{x}C}", "x", "unsupported 'x' in \\ce (an isotope's numbers are digits, as in ^{14}_{6}C)"),
            ("\\ce{\\foo}", "\\foo", "unsupported TeX command \\foo in \\ce"),
            ("\\ce{\\bond{~}}", "\\bond", "\\bond takes -, =, #, 1, 2 or 3 in braces"),
            ("\\ce{NaCl(aq}", "(", "unclosed ( in \\ce"),
            ("\\ce{Fe(OH)3)}", ")", "unsupported ')' in \\ce (no group to close)"),
            ("\\ce{(OH]}", "]", "unsupported ']' in \\ce (no group to close)"),
            ("\\ce{A ->[{x$}] B}", "$", "$ is not allowed in a condition's text"),
            ("\\ce{A % x}", "%", "% is not allowed in \\ce"),
            ("\\ce{H2O", "{", "missing closing brace"),
            ("\\ce x", "\\ce", "missing argument for \\ce"),
        ]
        for (tex, span, message) in cases {
            let error = Math.error(tex)
            #expect(error?.message.description == message, "\(tex)")
            if let error { #expect(Math.span(of: error, in: tex) == span, "\(tex)") }
        }
    }
}
