import Testing
import CourseMarkdown
import CoursecTestSupport
@testable import TargetMCT

/// The question CSVs skip the Markdown renderer for text that renders as
/// itself; these cases pin that the shortcut never changes a cell.
@Suite struct MCTPlainInlineTests {
    @Test(arguments: PlainTextSamples.all)
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
