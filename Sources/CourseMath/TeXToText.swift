/// Readable plain text for TeX math, for places that cannot show MathML:
/// the platform's question CSVs show their cells as typed.
///
/// ```swift
/// TeXToText.convert("\\frac{3}{8} + x^{2}", display: false)   // .success("3/8 + x²")
/// TeXToText.convert("\\ce{SO4^2-}", display: false)            // .success("SO₄²⁻")
/// ```
///
/// The text is written from the same tree `TeXToMathML` writes MathML from,
/// so both accept and refuse the same TeX, with the same `TeXError`. The
/// conventions (what `PlainTextWriter` does):
///
/// - letters, digits and symbols are the characters the MathML shows
///   (`\mathbb{R}` → ℝ, `\alpha` → α, `\le` → ≤, `\cdot` → ·);
/// - binary operators and relations get a space on each side (`a + b = c`),
///   a sign does not (`x = −3`); TeX's thin spaces become narrow no-break
///   spaces (U+202F: `8\,500` → `8 500`), wider spaces a space;
/// - fractions are `a/b`, with parentheses around a part that holds an
///   operator or a space (`(a + b)/2`); binomials are `C(n, k)`;
/// - scripts use Unicode superscript and subscript characters when every
///   character has one (`x²`, `xᵢ`, `H₂O`, `SO₄²⁻`, `e⁻ˣ`), else `^`
///   and `_`, with parentheses around more than one character (`x^(1/2)`);
///   limits are scripts too (`∑ᵢ₌₁ⁿ`, `lim_(x→0)`); isotopes are `¹⁴₆C`;
/// - roots are `√x`, `√(x + 1)`, `∛x`, `∜x`, `ⁿ√x`;
/// - accents are combining characters on each letter (`\vec{v}` → v⃗,
///   `\overline{AB}` → A̅B̅), and `\cancel` strikes through (x̶);
/// - labelled arrows are the arrow and its labels in parentheses:
///   `\xrightarrow{f}` → `→(f)`, `\ce{A ->[\Delta] B}` → `A →(Δ) B`,
///   `->[a][b]` → `→(a; b)`;
/// - tables (matrices, `cases`, arrays) are linear: cells separated by
///   `, `, rows by `; `, inside their fences: `(a, b; c, d)`; the cells of
///   `aligned` and `align` are the halves of one line (`2x = 4; x = 2`);
/// - colour, `\boxed`, `\phantom` and sizes have no text form: the content
///   is kept (a phantom's is dropped).
public enum TeXToText {
    /// Plain text for one TeX expression, or the error `TeXToMathML.convert` would report.
    ///
    /// - Parameters:
    ///   - tex: the TeX between the dollar signs, without them.
    ///   - display: `$$…$$` rather than `$…$` (it decides what parses, e.g. `align`).
    public static func convert(_ tex: String, display: Bool) -> Result<String, TeXError> {
        switch TeXToMathML.parse(Array(tex.utf8), display: display) {
        case .success(let nodes):
            var writer = PlainTextWriter()
            return .success(writer.text(of: nodes))
        case .failure(let error):
            return .failure(error)
        }
    }
}
