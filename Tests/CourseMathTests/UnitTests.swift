import Testing
import CourseMath

/// mhchem's `\pu{…}`: numbers grouped as mhchem groups them, powers of ten,
/// upright units with exponents, products and quotients.
@Suite struct UnitTests {
    static let gap = "<mspace width=\"0.3333em\"/>"

    @Test func numbersAndUnits() {
        #expect(Math.body("\\pu{123 kJ/mol}") == "<mrow><mn>123</mn>\(Self.gap)<mi>kJ</mi><mo stretchy=\"false\">/</mo><mi>mol</mi></mrow>")
        #expect(Math.body("\\pu{5m}") == "<mrow><mn>5</mn>\(Self.gap)<mi mathvariant=\"normal\">m</mi></mrow>")
        #expect(Math.body("\\pu{kJ/mol}") == "<mrow><mi>kJ</mi><mo stretchy=\"false\">/</mo><mi>mol</mi></mrow>")
        #expect(Math.body("\\pu{-5 °C}") == "<mrow><mo>−</mo><mn>5</mn>\(Self.gap)<mrow><msup><mrow></mrow>"
            + "<mo lspace=\"0\" rspace=\"0\">∘</mo></msup><mi mathvariant=\"normal\">C</mi></mrow></mrow>")
        #expect(Math.body("\\pu{25 ^oC}") == Math.body("\\pu{25 °C}"))
        #expect(Math.body("\\pu{5 \\mu m}") == "<mrow><mn>5</mn>\(Self.gap)<mi>μm</mi></mrow>")
        #expect(Math.body("\\pu{20 Ω}") == "<mrow><mn>20</mn>\(Self.gap)<mi mathvariant=\"normal\">Ω</mi></mrow>")
        #expect(Math.body("\\pu{1,5 m}") == "<mrow><mn>1,5</mn>\(Self.gap)<mi mathvariant=\"normal\">m</mi></mrow>")
        #expect(Math.body("\\pu{}") == "<mrow></mrow>")
    }

    /// More than four digits are grouped by threes from the decimal point (2mu apart).
    @Test func digitGroups() {
        let group = "<mspace width=\"0.1111em\"/>"
        #expect(Math.body("\\pu{1234}") == "<mn>1234</mn>")
        #expect(Math.body("\\pu{12345}") == "<mrow><mn>12</mn>\(group)<mn>345</mn></mrow>")
        #expect(Math.body("\\pu{1234567}") == "<mrow><mn>1</mn>\(group)<mn>234</mn>\(group)<mn>567</mn></mrow>")
        #expect(Math.body("\\pu{12345.6789}") == "<mrow><mn>12</mn>\(group)<mn>345.6789</mn></mrow>")
        #expect(Math.body("\\pu{0.1234567}") == "<mrow><mn>0.123</mn>\(group)<mn>456</mn>\(group)<mn>7</mn></mrow>")
    }

    @Test func powersOfTen() {
        let power = "<msup><mn>10</mn><mn>3</mn></msup>"
        #expect(Math.body("\\pu{1.2e3}") == "<mrow><mn>1.2</mn><mo>⋅</mo>\(power)</mrow>")
        #expect(Math.body("\\pu{1.2*10^3}") == Math.body("\\pu{1.2e3}"))
        #expect(Math.body("\\pu{1.2 \\cdot 10^{3}}") == Math.body("\\pu{1.2e3}"))
        #expect(Math.body("\\pu{1.2x10^3}") == "<mrow><mn>1.2</mn><mo>×</mo>\(power)</mrow>")
        #expect(Math.body("\\pu{1.2 \\times 10^3}") == Math.body("\\pu{1.2x10^3}"))
        #expect(Math.body("\\pu{1.5e-3 mol}") == "<mrow><mn>1.5</mn><mo>⋅</mo><msup><mn>10</mn><mrow><mo>−</mo><mn>3</mn></mrow></msup>"
            + "\(Self.gap)<mi>mol</mi></mrow>")
    }

    @Test func exponentsProductsAndQuotients() {
        let perSecondSquared = "<msup><mi mathvariant=\"normal\">s</mi><mn>2</mn></msup>"
        #expect(Math.body("\\pu{9.8 m/s^2}") == "<mrow><mn>9.8</mn>\(Self.gap)<mi mathvariant=\"normal\">m</mi>"
            + "<mo stretchy=\"false\">/</mo>\(perSecondSquared)</mrow>")
        let inverse = "<mrow><mo>−</mo><mn>1</mn></mrow>"
        let thin = "<mspace width=\"0.1667em\"/>"
        #expect(Math.body("\\pu{8.314 J mol^-1 K^{-1}}") == "<mrow><mn>8.314</mn>\(Self.gap)<mi mathvariant=\"normal\">J</mi>\(thin)"
            + "<msup><mi>mol</mi>\(inverse)</msup>\(thin)<msup><mi mathvariant=\"normal\">K</mi>\(inverse)</msup></mrow>")
        #expect(Math.body("\\pu{8.314 J mol-1 K-1}") == Math.body("\\pu{8.314 J mol^-1 K^{-1}}"))
        // A compound side gets thin spaces around the slash; `*` is a tight centred dot.
        let tightDot = "<mspace width=\"0.0556em\"/><mo lspace=\"0\" rspace=\"0\">⋅</mo><mspace width=\"0.0556em\"/>"
        #expect(Math.body("\\pu{10 kg*m/s^2}") == "<mrow><mn>10</mn>\(Self.gap)<mi>kg</mi>\(tightDot)<mi mathvariant=\"normal\">m</mi>"
            + "\(thin)<mo stretchy=\"false\">/</mo>\(thin)\(perSecondSquared)</mrow>")
        #expect(Math.body("\\pu{10 kg.m}") == "<mrow><mn>10</mn>\(Self.gap)<mi>kg</mi>\(tightDot)<mi mathvariant=\"normal\">m</mi></mrow>")
        #expect(Math.body("\\pu{3 m//s}") == "<mrow><mn>3</mn>\(Self.gap)<mfrac><mi mathvariant=\"normal\">m</mi>"
            + "<mi mathvariant=\"normal\">s</mi></mfrac></mrow>")
    }

    @Test func errors() {
        let cases: [(String, String, String)] = [
            ("\\pu{5 m/s/s}", "/", "unsupported '/' in \\pu (one / per unit)"),
            ("\\pu{5 m/}", "", "unexpected end of \\pu"),
            ("\\pu{5 m^x}", "x", "unsupported 'x' in \\pu (an exponent is a whole number)"),
            ("\\pu{5 #}", "#", "unsupported '#' in \\pu (a unit such as m, kJ or °C)"),
            ("\\pu{5 \\foo}", "\\foo", "unsupported TeX command \\foo in \\pu"),
            ("\\pu{4.18 J/(g*K)}", "(", "unsupported '(' in \\pu (a unit such as m, kJ or °C)"),
        ]
        for (tex, span, message) in cases {
            let error = Math.error(tex)
            #expect(error?.message.description == message, "\(tex)")
            if let error { #expect(Math.span(of: error, in: tex) == span, "\(tex)") }
        }
    }
}
