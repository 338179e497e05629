import CourseKit
import CourseMarkdown
import Testing
@testable import CourseRendering

/// Stems and options that are a line of plain words skip the Markdown
/// parser (`PlainInline`); rendered both ways they must give the same HTML.
@Suite struct PlainTextShortcutTests {
    static let samples = [
        "Opción 2: 3/4 del total", "  La respuesta es 12 cm  ", "-3", "- 3", "+ 4", "+4", "1. primero", "1.5 metros",
        "12) doce", "12 kg", "2024", "---", "- - -", "===", "= 5", "# título", "#5", "¿Cuánto es 3 por 4?",
        "Sí", "No", "verdadero", "\"cita\" y 'apóstrofo'", "a < b", "a & b", "*énfasis*", "**fuerte**",
        "x_1 más y", "[enlace](https://example.org)", "https://example.org", "visita www.example.org",
        "correo@example.org", "$x^2$", "costó $5", "`código`", "a | b", "línea\ncon salto", "tab\tulado",
        "    código indentado", "   tres espacios", "~~tachado~~", "![img](a.png)", "a\\*b", "¡Hola!",
        "El 50 % de 80", "3 × 4 = 12", "Opción 4: finalmente estudiante", "x^2 + 1", "1)", "9999999999. mucho",
        "new. word", "ratio 2:1", "http:/x", "café, té; agua", "dos  espacios internos", "“comillas” tipográficas",
        "Respuesta 2 variable", "¿Cuál es el resultado?", "", "   ",
    ]

    @Test(arguments: samples)
    func theShortcutRendersWhatTheParserRenders(_ text: String) throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let body = MarkdownBody(renderer: renderer, options: PageRenderOptions(assetPrefix: "../", runtime: .offlineSite),
                                sourcePath: course.lessons[0].path, fallbackRange: nil)
        let quick = body.render(text, baseHeadingLevel: 3)
        let full = body.renderedByMarkdown(text, baseHeadingLevel: 3)
        #expect(quick.html == full.html)
        #expect(quick.usesMath == full.usesMath)
        #expect(quick.media == full.media)
        #expect(body.renderInline(text).html == MarkdownBody.unwrappingParagraph(full).html)
    }

    @Test func plainWordsTakeTheShortcut() {
        #expect(PlainInline.paragraphHTML(of: "  \"Sí\" y 12 cm ") == "<p>&quot;Sí&quot; y 12 cm</p>\n")
        #expect(PlainInline.paragraphHTML(of: "*énfasis*") == nil)
        #expect(PlainInline.paragraphHTML(of: "$x$") == nil)
    }
}
