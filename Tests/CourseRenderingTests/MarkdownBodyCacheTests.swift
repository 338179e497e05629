import CourseKit
import CourseMarkdown
import Testing
@testable import CourseRendering

/// The offline site and the SCORM packages render each body once between
/// them (`MarkdownBodyCache`): what a renderer gets from the cache must be
/// what it would have rendered itself, page links included.
@Suite struct MarkdownBodyCacheTests {
    static let text = """
        ## Repaso

        Vuelve a [la lección](leccion.md) y mira ![la figura](media/figura.png) con $x^2$.
        """

    func render(_ renderer: CourseRenderer, _ options: PageRenderOptions, path: String) -> MarkdownBody.Output {
        MarkdownBody(renderer: renderer, options: options, sourcePath: path, fallbackRange: nil)
            .renderedByMarkdown(Self.text, lineOffset: 3)
    }

    @Test func aCachedBodyIsWhatTheRendererWouldHaveMade() throws {
        let (plain, course, _) = try RenderingFixture.renderer()
        let cache = MarkdownBodyCache()
        let cached = CourseRenderer(repository: plain.repository, fileSystem: plain.fileSystem, failures: plain.failures,
                                    bodies: cache)
        let path = course.lessons[0].path
        let site = PageRenderOptions(assetPrefix: "../", runtime: .offlineSite,
                                     pageLinks: ["curso/leccion.md": "../lecciones/01-leccion.html"])
        let scorm = PageRenderOptions(assetPrefix: "../", runtime: .scorm12,
                                      pageLinks: ["curso/leccion.md": "leccion.html"])
        for options in [site, scorm, site, PageRenderOptions(assetPrefix: "../", runtime: .scorm12)] {
            let expected = render(plain, options, path: path)
            let got = render(cached, options, path: path)
            #expect(got.html == expected.html)
            #expect(got.media == expected.media)
            #expect(got.usesMath == expected.usesMath)
        }
        #expect(render(plain, site, path: path).html.contains("href=\"../lecciones/01-leccion.html\""))
        #expect(render(cached, scorm, path: path).html.contains("href=\"leccion.html\""))
    }

    /// Same key, same page links: the second renderer gets the first one's
    /// rendering (a file it could not read was recorded once, by the first).
    @Test func equalLinksShareOneRendering() throws {
        let (plain, course, sink) = try RenderingFixture.renderer()
        let cache = MarkdownBodyCache()
        let first = CourseRenderer(repository: plain.repository, fileSystem: plain.fileSystem, failures: sink, bodies: cache)
        let second = CourseRenderer(repository: plain.repository, fileSystem: plain.fileSystem, failures: sink, bodies: cache)
        let options = PageRenderOptions(assetPrefix: "../", runtime: .offlineSite)
        let broken = "Mira ![la figura](media/no-existe.png)."
        let path = course.lessons[0].path
        let a = MarkdownBody(renderer: first, options: options, sourcePath: path, fallbackRange: nil).renderedByMarkdown(broken)
        let reported = sink.all.count
        #expect(reported > 0)
        let b = MarkdownBody(renderer: second, options: options, sourcePath: path, fallbackRange: nil).renderedByMarkdown(broken)
        #expect(a.html == b.html)
        #expect(sink.all.count == reported)
    }

    /// Rendered HTML loses its paragraph only when it is exactly one.
    @Test(arguments: [
        ("<p>Hola</p>\n", "Hola"),
        ("<p></p>", ""),
        ("  <p>¿Qué <em>es</em>?</p>\n\n", "¿Qué <em>es</em>?"),
        ("<p>uno</p>\n<p>dos</p>\n", "<p>uno</p>\n<p>dos</p>\n"),
        ("<ul>\n<li>a</li>\n</ul>\n", "<ul>\n<li>a</li>\n</ul>\n"),
        ("<p>a</p>\u{00A0}", "a"),
        ("\u{00A0}<p>a</p>", "a"),
        ("<p>ñ</p>x", "<p>ñ</p>x"),
    ])
    func unwrapsExactlyOneParagraph(_ html: String, _ expected: String) {
        let output = MarkdownBody.unwrappingParagraph(.init(html: html, usesMath: false, media: []))
        #expect(output.html == expected)
    }
}
