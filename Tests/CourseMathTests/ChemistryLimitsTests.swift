import Testing
import CourseMath

/// Hostile or huge chemistry and decorations: linear, bounded, never a trap.
@Suite struct ChemistryLimitsTests {
    /// A 100 KB equation converts (and a 100 KB broken one fails) well within
    /// a bound ten times what linear work needs.
    @Test func hundredKilobytesOfChemistryIsLinear() {
        let equation = "\\ce{" + String(repeating: "2H2 + O2 -> 2H2O(l) + CuSO4*5H2O <=>[{calor}] SO4^2- ", count: 2_000) + "}"
        #expect(equation.utf8.count > 100_000)
        let units = "\\pu{" + String(repeating: "kg*m ", count: 20_000) + "}"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(Math.body(equation) != nil)
            #expect(TeXToText.convert(equation, display: false) != nil)
            #expect(Math.body(units) != nil)
            #expect(Math.error("\\ce{" + String(repeating: "(", count: 100_000) + "}")?.message.description == "unclosed ( in \\ce")
            #expect(Math.error("\\ce{" + String(repeating: "A->[", count: 25_000) + "}") != nil)
            #expect(Math.error("\\ce{" + String(repeating: "{", count: 100_000) + "}") != nil)
            #expect(Math.error(String(repeating: "\\ce{", count: 25_000)) != nil)
            #expect(Math.error("\\pu{" + String(repeating: "1", count: 100_000) + " m^}") != nil)
        }
        #expect(elapsed < .seconds(30))
    }

    @Test func nestingOfNewCommandsIsBounded() {
        let depth = 10_000
        let cases = [
            String(repeating: "\\cancel{", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "\\boxed{", count: depth) + "x",
            String(repeating: "\\textcolor{red}{", count: depth) + "x",
            String(repeating: "{\\color{red} ", count: depth) + "x",
            String(repeating: "\\color{red}", count: depth) + "x",
            String(repeating: "\\cfrac{", count: depth) + "x",
            String(repeating: "\\begin{dcases}", count: depth),
            String(repeating: "\\begin{array}{|c|}\\hline ", count: depth),
        ]
        for tex in cases {
            #expect(Math.error(tex)?.message.description == "math nested too deeply", "\(tex.prefix(20))")
        }
    }

    /// Random soup of mhchem's characters: converts, or fails inside the input.
    @Test func randomChemistryNeverTraps() {
        let alphabet = Array("ABCHOaqslgv0123456789()[]{}^_+-=#*.,; <>/\\").map(String.init)
            + ["->", "<=>", "[{", "}]", "(aq)", "^{2-}", "\\bond{", "\\alpha", "é", "°", "$", "%"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for round in 0..<4_000 {
            var body = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                body += alphabet[Int(state >> 33) % alphabet.count]
            }
            let tex = (round % 2 == 0 ? "\\ce{" : "\\pu{") + body + "}"
            switch TeXToMathML.convert(tex, display: round % 3 == 0) {
            case .success(let mathML):
                #expect(XMLCheck.isWellFormed(mathML), "\(tex)")
                #expect((try? TeXToText.convert(tex, display: round % 3 == 0).get()) != nil, "\(tex)")
            case .failure(let error):
                #expect(error.offset >= 0 && error.length >= 0 && error.offset + error.length <= tex.utf8.count, "\(tex)")
                #expect(!error.message.description.isEmpty)
            }
        }
    }
}
