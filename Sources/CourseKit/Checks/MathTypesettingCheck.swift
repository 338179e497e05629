import Foundation
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
        // typeset once per run (the verdicts outlive a batch), the distinct
        // ones spread over the cores.
        let verdicts = context.memory.shared(Verdicts.self) { Verdicts() }
        var seen = Set<Expression>()
        let distinct = sources.map { Expression(tex: $0.tex, display: $0.display) }
            .filter { seen.insert($0).inserted && !verdicts.knows($0) }
        let errors = Parallel.map(distinct) { TeXToMathML.validate($0.tex, display: $0.display) }
        verdicts.record(zip(distinct, errors))
        let failures = verdicts.failures(among: seen)
        guard !failures.isEmpty else { return }
        for math in sources {
            guard let error = failures[Expression(tex: math.tex, display: math.display)] else { continue }
            context.sink.report(Self.rule, at: math.range(ofTeXBytes: error.offset, length: error.length),
                                "\(error.message); platform lessons will show this math as TeX source")
        }
    }

    /// Each expression's verdict, for every batch of a run.
    private final class Verdicts: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [Expression: TeXError?] = [:]

        func knows(_ expression: Expression) -> Bool { lock.withLock { known[expression] != nil } }

        func record<S: Sequence<(Expression, TeXError?)>>(_ verdicts: S) {
            lock.withLock { for (expression, error) in verdicts { known[expression] = .some(error) } }
        }

        func failures(among expressions: Set<Expression>) -> [Expression: TeXError] {
            lock.withLock {
                var result: [Expression: TeXError] = [:]
                for expression in expressions { if case .some(.some(let error)) = known[expression] { result[expression] = error } }
                return result
            }
        }
    }
}
