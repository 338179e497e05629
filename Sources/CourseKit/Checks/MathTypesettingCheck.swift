import CourseMath

/// Math in lessons is typeset at build time into MathML for the platform's
/// HTML lessons (see docs/outputs.md): every expression must be TeX that
/// `TeXToMathML` understands, or the learner sees its source.
public struct MathTypesettingCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [Self.rule] }

    public static let rule = Rule(
        id: "CS0605", name: "math-not-typeset", severity: .warning, category: .rendering,
        summary: "A lesson's math uses TeX that cannot be typeset for the platform.",
        explanation: """
        Each lesson of the `mct` target is its own HTML package, so its math \
        is typeset when the course is built, into MathML that every current \
        browser and the platform's app show without scripts or fonts. That \
        typesetter knows the TeX of school mathematics (fractions, roots, \
        powers and indices, Greek letters, relations, arrows, `\\text`, \
        `\\left…\\right`, `cases`, matrices and aligned equations) and \
        chemistry (mhchem's `\\ce{…}` and `\\pu{…}`); the full list is in \
        docs/format.md. An expression it cannot read is shown as its TeX \
        source in that lesson. Rewrite it with supported commands, e.g. \
        `\\ce{A + B}` for `\\ce{A+B}`, or `\\text{…}` for words. The \
        offline course and SCORM packages still typeset it with KaTeX.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nSe forma la sal $\\ce{Na↓+Cl-}$.\n"),
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nFalta cerrar $\\frac{1}↓{2$.\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nLa razón es $\\dfrac{3}{4}$ y $x^{2} \\le 9$.\n"),
        ])

    private struct Expression: Hashable, Sendable {
        var tex: String
        var display: Bool
    }

    public func run(_ context: CheckContext) {
        let sources = context.repository.courses.flatMap(\.lessons).flatMap(\.markdown.math)
        // Courses repeat expressions (`$x$`, `$\pi$`): each distinct one is
        // typeset once, the distinct ones spread over the cores.
        var seen = Set<Expression>()
        let distinct = sources.map { Expression(tex: $0.tex, display: $0.display) }.filter { seen.insert($0).inserted }
        let errors = Parallel.map(distinct) { TeXToMathML.validate($0.tex, display: $0.display) }
        var failures: [Expression: TeXError] = [:]
        for (expression, error) in zip(distinct, errors) { failures[expression] = error }
        guard !failures.isEmpty else { return }
        for math in sources {
            guard let error = failures[Expression(tex: math.tex, display: math.display)] else { continue }
            context.sink.report(Self.rule, at: math.range(ofTeXBytes: error.offset, length: error.length),
                                "\(error.message); platform lessons will show this math as TeX source")
        }
    }
}
