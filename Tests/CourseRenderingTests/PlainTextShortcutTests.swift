import CourseKit
import CourseMarkdown
import CoursecTestSupport
import Testing
@testable import CourseRendering

/// Stems and options that are a line of plain words skip the Markdown
/// parser (`PlainInline`); rendered both ways they must give the same HTML.
@Suite struct PlainTextShortcutTests {
    @Test(arguments: PlainTextSamples.all)
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
