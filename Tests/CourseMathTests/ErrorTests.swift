import Testing
import CourseMath

/// Errors point at the offending bytes, and hostile input fails cleanly.
@Suite struct ErrorTests {
    @Test func unknownCommandsPointAtTheCommand() {
        let tex = "x + \\foo{y}"
        let error = Math.error(tex)
        #expect(error == TeXError(offset: 4, length: 4, message: "unsupported TeX command \\foo"))
        if let error { #expect(Math.span(of: error, in: tex) == "\\foo") }
        // Offsets are UTF-8 bytes: "é" counts twice.
        #expect(Math.error("é + \\bar{x} + \\baz") == TeXError(offset: 15, length: 4, message: "unsupported TeX command \\baz"))
        #expect(Math.error("\\é") == TeXError(offset: 0, length: 3, message: "unsupported TeX command \\é"))
    }

    @Test func braces() {
        #expect(Math.error("{a") == TeXError(offset: 0, length: 1, message: "missing closing brace"))
        #expect(Math.error("a}") == TeXError(offset: 1, length: 1, message: "unexpected closing brace"))
        #expect(Math.error("\\frac{a}{b") == TeXError(offset: 8, length: 1, message: "missing closing brace"))
    }

    @Test func colorsOutsideTheListAreRefused() {
        #expect(Math.error("\\color{bogus} x")
            == TeXError(offset: 7, length: 5, message: "unknown color 'bogus' (use a CSS color name such as red or blue, or #rrggbb)"))
        // Nothing but a name or #rrggbb reaches the attribute.
        #expect(Math.error("\\textcolor{red\" onclick=\"x}{y}")?.offset == 11)
        #expect(Math.error("\\color{#12345} x")?.length == 6)
        #expect(Math.error("\\color{#1234567} x") != nil)
        #expect(Math.error("\\color{red") == TeXError(offset: 6, length: 1, message: "missing closing brace"))
        #expect(Math.error("\\color x") == TeXError(offset: 0, length: 6, message: "missing color after \\color"))
        #expect(Math.error("\\colorbox{red}{x}")?.message.description
            == "unsupported TeX command \\colorbox: colored boxes are not supported (use \\boxed, or \\color for colored math)")
    }

    @Test func strayCharacters() {
        #expect(Math.error("a $ b") == TeXError(offset: 2, length: 1, message: "unexpected $ in math"))
        #expect(Math.error("#1") == TeXError(offset: 0, length: 1, message: "unexpected # in math (write \\# for a number sign)"))
        #expect(Math.error("a\\") == TeXError(offset: 1, length: 1, message: "backslash at end of math"))
        #expect(Math.error("a\u{7}b") == TeXError(offset: 1, length: 1, message: "control character U+0007 is not allowed in math"))
        #expect(Math.error("% only a comment \u{1}") == TeXError(offset: 17, length: 1,
                                                              message: "control character U+0001 is not allowed in math"))
        #expect(Math.error("a\u{FFFF}")?.message.description == "noncharacter U+FFFF is not allowed in math")
    }

    @Test func emptyMath() {
        #expect(Math.error("") == TeXError(offset: 0, length: 0, message: "empty math"))
        #expect(Math.error("   ") == TeXError(offset: 0, length: 3, message: "empty math"))
        #expect(Math.error("% nothing") == TeXError(offset: 0, length: 9, message: "empty math"))
        #expect(Math.body("{}") == "<mrow></mrow>")
    }

    @Test func nestingIsBounded() {
        let depth = 100_000
        let cases = [
            String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "\\frac", count: depth),
            String(repeating: "\\sqrt", count: depth) + "x",
            String(repeating: "\\left(", count: depth),
            String(repeating: "x^{", count: depth),
            String(repeating: "\\begin{matrix}", count: depth),
            String(repeating: "\\displaystyle ", count: depth) + "x",
            String(repeating: "\\mathbf ", count: depth) + "x",
            String(repeating: "\\text{", count: depth),
        ]
        for tex in cases {
            let error = Math.error(tex)
            #expect(error != nil, "\(tex.prefix(20))")
        }
        #expect(Math.error(String(repeating: "{", count: 100) + "x" + String(repeating: "}", count: 100))?.message.description
            == "math nested too deeply")
        // 60 levels are fine.
        #expect(Math.body(String(repeating: "{", count: 60) + "x" + String(repeating: "}", count: 60)) == "<mi>x</mi>")
    }

    @Test func longInputIsLinear() {
        let clock = ContinuousClock()
        let tex = String(repeating: "x^2 + \\frac{a}{b} - \\sqrt{3} \\cdot ", count: 20_000) + "1"
        let elapsed = clock.measure {
            #expect(Math.body(tex) != nil)
        }
        // About 6 s in a debug build, 14 s under ASan; quadratic work
        // would take hours. 20 s failed under ASan beside the whole suite.
        #expect(elapsed < .seconds(90))
    }

    /// Random byte soup made of TeX's special characters: every input must
    /// either convert or fail with an error inside the input.
    @Test func randomInputNeverTraps() {
        let alphabet = Array("{}^_&$\\#%~'[]()|.,-+=<>0123456789xyz fracsqrtleftrightbeginendcases \n")
            .map(String.init) + ["\\frac", "\\left", "\\right", "\\begin{cases}", "\\end{cases}", "\\\\", "\\text{", "é", "→"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var tex = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                tex += alphabet[Int(state >> 33) % alphabet.count]
            }
            switch TeXToMathML.convert(tex, display: state & 1 == 0) {
            case .success(let mathML):
                #expect(XMLCheck.isWellFormed(mathML), "\(tex)")
            case .failure(let error):
                #expect(error.offset >= 0 && error.length >= 0 && error.offset + error.length <= tex.utf8.count, "\(tex)")
                #expect(!error.message.description.isEmpty)
            }
        }
    }
}
