import Testing
import CourseMarkdown
@testable import TargetMCT

/// The question CSVs skip the Markdown renderer for text that renders as
/// itself; these cases pin that the shortcut never changes a cell.
@Suite struct MCTPlainInlineTests {
    static let samples = [
        "Opción 2: 3/4 del total", "  La respuesta es 12 cm  ", "-3", "- 3", "+ 4", "+4", "1. primero", "1.5 metros",
        "12) doce", "12 kg", "2024", "---", "- - -", "===", "= 5", "# título", "#5", "¿Cuánto es 3 por 4?",
        "Sí", "No", "verdadero", "\"cita\" y 'apóstrofo'", "a < b", "a & b", "*énfasis*", "**fuerte**",
        "x_1 más y", "[enlace](https://example.org)", "https://example.org", "visita www.example.org",
        "correo@example.org", "$x^2$", "costó $5", "`código`", "a | b", "línea\ncon salto", "tab\tulado",
        "    código indentado", "   tres espacios", "~~tachado~~", "![img](a.png)", "a\\*b", "¡Hola!",
        "El 50 % de 80", "3 × 4 = 12", "Opción 4: finalmente estudiante", "x^2 + 1", "1)", "9999999999. mucho",
        "new. word", "ratio 2:1", "http:/x", "café, té; agua", "", "   ",
    ]

    @Test(arguments: samples)
    func richTextShortcutMatchesTheRenderer(_ text: String) {
        guard let shortcut = PlainInline.text(of: text) else { return }
        #expect(shortcut == PlatformText.renderedRichText(text))
        #expect(shortcut == PlatformText.renderedPlainText(text))
    }

    @Test func plainWordsTakeTheShortcutAndMarkupDoesNot() {
        #expect(PlainInline.text(of: "  La respuesta es 12 cm  ") == "La respuesta es 12 cm")
        #expect(PlainInline.text(of: "-3") == "-3")
        #expect(PlainInline.text(of: "1.5 metros") == "1.5 metros")
        for markup in ["*énfasis*", "1. primero", "- 3", "# título", "$x^2$", "a & b", "---", "www.example.org",
                       "https://x.org", "línea\ncon salto", "    código", "a@b.org", ""] {
            #expect(PlainInline.text(of: markup) == nil, "\(markup)")
        }
    }
}
