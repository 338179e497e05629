import CourseMarkdown
import Foundation
import Testing
@testable import CourseImport

/// The Markdown written for a rich-text cell renders, through coursec's own
/// Markdown renderer (cmark-gfm), to the HTML it was made from; the text
/// written for a plain explanation reads back, through the plain-text
/// reader, as that text.
@Suite struct MarkdownWriterTests {
    static func render(_ markdown: String) -> String {
        MarkdownRenderer.render(markdown, options: MarkdownRenderOptions(headingAnchors: false)).html
    }

    static let samples = [
        "Una frase sencilla.",
        "Texto con *énfasis*, **fuerza**, ~~tachado~~ y `código`.",
        "Caracteres: 3 * 4 = 12, a_b, [corchetes], 5 < 7 > 2, 100 $ y 50 %, a|b, \\n, ~x~, & y &amp; y &copy;",
        "# no es título",
        "- no es lista",
        "1986. Un año, no una lista; 2.75 tampoco.",
        "+ 5 y = 3 y > cita",
        "Un enlace a [la SEP](https://www.gob.mx/sep \"Secretaría\") y otro a https://example.org, www.sep.gob.mx",
        "Una imagen ![recta numérica](media/recta.png) en línea.",
        "Línea uno\\\nlínea dos",
        "Código con acento grave: `` a`b ``",
        "Agua: H<sub>2</sub>O y x<sup>2</sup>",
        "Primer párrafo.\n\nSegundo párrafo.",
        "Observa la tabla.\n\n| Litros | 10 | 20 |\n| :-- | :-: | --: |\n| Precio | 235 | 470 |",
        "Pasos:\n\n1. Suma.\n2. Resta.\n\n- uno\n- dos",
        "\"Comillas\" y 'apóstrofos'",
        "    cuatro espacios al inicio",
    ]

    @Test(arguments: samples)
    func richTextRendersBackTheSame(_ sample: String) {
        let html = Self.render(sample)
        let markdown = MarkdownWriter.markdown(HTMLFragment.parse(html))
        #expect(Self.render(markdown) == html, "\(sample)\nwrote:\n\(markdown)")
    }

    @Test func theMarkdownReadsLikeAnAuthorsOwn() {
        func written(_ html: String) -> String { MarkdownWriter.markdown(HTMLFragment.parse(html)) }
        #expect(written("<em>a</em> y <strong>b</strong>") == "*a* y **b**")
        #expect(written("2 &lt; 3 &amp; 4") == "2 \\< 3 & 4")
        #expect(written("<p>Uno</p><p>Dos</p>") == "Uno\n\nDos")
        #expect(written("a<br>b") == "a\\\nb")
        #expect(written("<table><thead><tr><th>A</th><th align=\"center\">B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>")
            == "| A | B |\n| --- | :-: |\n| 1 | 2 |")
    }

    static let explanations = [
        "√81 = 9, que es un entero y, por lo tanto, racional.",
        "La mantisa debe cumplir 1 ≤ a < 10. Se escribe 7 × 10².",
        "Usa <b> para negritas y * para multiplicar; $5 es dinero",
        "- 3 no es positivo",
        "Primera línea\nSegunda línea",
    ]

    @Test(arguments: explanations)
    func explanationsReadBackTheSame(_ plain: String) {
        let cell = plain.replacingOccurrences(of: "\n", with: "<br>")
        let markdown = PlatformCell.explanation(cell).joined(separator: "\n\n")
        let read = MarkdownPlainText.text(of: markdown, math: { _, _ in nil }).text
        #expect(read == plain, "wrote:\n\(markdown)")
    }

    @Test func deepNestingIsBounded() {
        let html = String(repeating: "<em>", count: 200_000) + "x" + String(repeating: "</em>", count: 200_000)
        let markdown = MarkdownWriter.markdown(HTMLFragment.parse(html))
        #expect(markdown.hasPrefix(String(repeating: "*", count: HTMLFragment.maximumDepth)))
        #expect(markdown.contains("x"))
    }

    @Test func defusedCellsAreRestored() {
        #expect(PlatformCell.undefusedHTML("<span>-5 grados</span>") == "-5 grados")
        #expect(PlatformCell.undefusedHTML("<span>texto</span>") == "<span>texto</span>")
        #expect(PlatformCell.undefusedPlain("'=A1") == "=A1")
        #expect(PlatformCell.undefusedPlain("'hola") == "'hola")
        #expect(PlatformCell.withoutInertMarks("<\u{200B}b>") == "<b>")
    }
}
