import Testing
import CourseMath

/// Every advertised command converts in some ordinary context.
@Suite struct SupportedCommandsTests {
    /// Contexts tried in order; `#` stands for the command.
    static let contexts = [
        "#", "x#", "#{x}", "#{x}{y}", "#(", "#{red}{x}", "\\left(x#)", "\\left(x#|y\\right)", "#(x\\right)",
        "#{matrix}x\\end{matrix}", "\\begin{matrix}x#{matrix}", "\\begin{matrix}x#y\\end{matrix}", "\\begin{array}{c}# x\\end{array}", "#=",
    ]

    @Test func listIsSortedAndUnique() {
        let names = TeXToMathML.supportedCommands
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("\\") })
        #expect(!names.contains("\\colorbox"))
        for required in ["\\frac", "\\sqrt", "\\left", "\\mathbb", "\\text", "\\sum", "\\alpha", "\\,", "\\\\"] {
            #expect(names.contains(required), "\(required)")
        }
        #expect(TeXToMathML.supportedEnvironments.contains("cases"))
    }

    /// The commands the course compiler promises authors (docs/format.md).
    @Test func promisedCommandsAreSupported() {
        let promised = """
        sin cos tan log ln exp lim max min det gcd sec csc cot arcsin arccos arctan operatorname sum prod int
        frac dfrac tfrac binom sqrt left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr
        alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi omicron pi
        varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma
        Upsilon Phi Psi Omega times div cdot pm mp ast star circ bullet le leq ge geq ne neq approx equiv sim simeq
        cong propto ll gg in notin ni subset subseteq supset supseteq cup cap setminus emptyset varnothing infty
        partial nabla forall exists neg lnot land lor wedge vee to rightarrow leftarrow gets leftrightarrow
        Rightarrow Leftarrow Leftrightarrow implies iff Longrightarrow Longleftarrow Longleftrightarrow
        longrightarrow longleftarrow mapsto uparrow downarrow angle measuredangle triangle perp parallel mid nmid
        degree % $ # & _ ldots cdots vdots ddots dots prime ell hbar Re Im aleph therefore because colon lvert rvert
        lVert rVert vert Vert langle rangle lfloor rfloor lceil rceil , : ; ! quad qquad text textrm textbf textit
        mbox mathrm mathbf mathit mathbb mathcal mathfrak mathsf mathtt overline underline bar vec hat tilde dot
        ddot widehat widetilde overrightarrow overleftrightarrow overbrace underbrace xrightarrow xleftarrow begin
        end displaystyle textstyle scriptstyle limits nolimits { } | ce pu cancel bcancel xcancel boxed color textcolor
        cfrac hline hdashline
        """.split(whereSeparator: \.isWhitespace).map { "\\" + $0 } + ["\\ ", "\\\\"]
        let supported = Set(TeXToMathML.supportedCommands)
        for name in promised {
            #expect(supported.contains(name), "\(name)")
        }
        for environment in ["cases", "matrix", "pmatrix", "bmatrix", "vmatrix", "Bmatrix", "aligned", "align",
                            "align*", "gathered", "array", "dcases"] {
            #expect(TeXToMathML.supportedEnvironments.contains(environment), "\(environment)")
        }
    }

    @Test func everyCommandConverts() {
        for name in TeXToMathML.supportedCommands {
            let converts = Self.contexts.contains { context in
                let tex = context.replacingOccurrences(of: "#", with: name)
                if case .success = TeXToMathML.convert(tex, display: false) { return true }
                return false
            }
            #expect(converts, "\(name)")
        }
    }

    @Test func everyEnvironmentConverts() {
        for name in TeXToMathML.supportedEnvironments {
            let spec = name == "array" ? "{cc}" : ""
            let tex = "\\begin{\(name)}\(spec) a & b \\\\ c & d \\end{\(name)}"
            #expect(Math.body(tex, display: true) != nil, "\(name)")
        }
    }
}
