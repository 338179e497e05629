import CourseKit
import Foundation
import Testing
@testable import CourseRendering

@Suite struct LessonPageTests {
    static func headingLevels(_ html: String) -> [Int] {
        html.components(separatedBy: "<h").dropFirst().compactMap { $0.first?.wholeNumberValue }
    }

    @Test func lessonPageIsAccessibleAndUsesTheCourseLanguage() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let lesson = try #require(course.lessons.first)
        let page = renderer.lessonPage(lesson, course: course, options: .init(assetPrefix: "../", runtime: .offlineSite))
        #expect(page.html.hasPrefix("<!DOCTYPE html>"))
        #expect(page.html.contains("<html lang=\"es-MX\">"))
        #expect(page.html.contains("name=\"viewport\""))
        #expect(page.html.contains("<h1>Lección con matemáticas</h1>"))
        // Markdown `##` renders under the page's h1, so headings stay in order.
        #expect(page.html.contains("<h2 id=\"primera-parte\">"))
        #expect(Self.headingLevels(page.html).first == 1)
        #expect(zip(Self.headingLevels(page.html), Self.headingLevels(page.html).dropFirst()).allSatisfy { $1 <= $0 + 1 },
                "no heading level may be skipped: \(Self.headingLevels(page.html))")
        #expect(page.html.contains("alt=\"Una figura con dos puntos\""))
        #expect(page.html.contains("data-page-kind=\"lesson\""))
        #expect(page.html.contains("src=\"../progress.js\""))
        #expect(!page.html.contains("scorm12-runtime.js"))
    }

    @Test func mathPagesLoadKaTeXAndOthersDoNot() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let lesson = try #require(course.lessons.first)
        let page = renderer.lessonPage(lesson, course: course)
        #expect(page.usesMath)
        #expect(page.html.contains("katex/katex.min.css"))
        // Every bundled script is loaded, KaTeX before mhchem (which registers \ce with it).
        let positions = KaTeXAssets.scripts.map { page.html.range(of: "katex/\($0)\"></script>")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(KaTeXAssets.scripts)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(page.html.contains("<span class=\"math math-inline\">x^2 + 1</span>"))

        var plain = lesson
        plain.body = "Sin fórmulas."
        let other = renderer.lessonPage(plain, course: course)
        #expect(!other.usesMath)
        #expect(!other.html.contains("katex"))
    }

    @Test func mediaAreRewrittenByContentAndListedOnce() throws {
        let (renderer, course, sink) = try RenderingFixture.renderer()
        let lesson = try #require(course.lessons.first)
        let page = renderer.lessonPage(lesson, course: course, options: .init(assetPrefix: "../"))
        let digest = try renderer.media.sha256(of: "curso/media/figura.png", in: renderer.fileSystem)
        let packaged = "media/\(digest.prefix(12))-figura.png"
        #expect(page.html.contains("src=\"../\(packaged)\""))
        #expect(page.media.contains("curso/media/figura.png"))
        #expect(page.media.contains("curso/media/copia.png"))
        #expect(Set(page.media).count == page.media.count)
        #expect(sink.all.isEmpty, "\(sink.all)")
        // Two pages using the same medium: one file in the package.
        let assets = PackageAssets(pages: [page, page], runtime: .standalone, renderer: renderer)
        #expect(assets.files().filter { $0.path.hasPrefix("media/") }.count == 2)
    }

    /// A file gone since the check: the page keeps the text, and the build
    /// fails naming the file (the renderer reports no diagnostics).
    @Test func aMissingImageIsABuildFailureNotABrokenLink() throws {
        let (renderer, course, sink) = try RenderingFixture.renderer()
        var lesson = try #require(course.lessons.first)
        lesson.body = "Antes.\n\n![Diagrama perdido](media/no-existe.png)\n\n[Guía](media/no-existe.pdf)\n"
        let page = renderer.lessonPage(lesson, course: course)
        #expect(!page.html.contains("no-existe"))
        #expect(page.html.contains("[Diagrama perdido]"))
        #expect(page.html.contains("Guía"))
        #expect(sink.all.count == 2, "\(sink.all)")
        #expect(sink.all.map { $0.text(in: .en) }.allSatisfy { $0.contains("curso/leccion.md") && $0.contains("no-existe") })
    }

    @Test func webImagesBecomeLinksSoPagesMakeNoRequest() throws {
        let (renderer, course, sink) = try RenderingFixture.renderer()
        var lesson = try #require(course.lessons.first)
        lesson.body = "![Mapa](https://example.org/mapa.png)\n"
        let page = renderer.lessonPage(lesson, course: course)
        #expect(!page.html.contains("<img src=\"https://example.org"))
        #expect(page.html.contains("href=\"https://example.org/mapa.png\""))
        #expect(sink.all.isEmpty)
        // The check says so (CS0604), at the image.
        let checked = try CourseCompiler(fileSystem: RenderingFixture.fileSystem(extra: [
            "curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\n![Mapa](https://example.org/mapa.png)\n",
        ])).check()
        #expect(checked.diagnostics.filter { $0.id == RenderingRules.externalImage.id }.map(\.range.start.line) == [6],
                "\(checked.diagnostics)")
    }

    @Test func externalResourcesAreLinkCardsWithFallbackUnlessEmbedsAreAllowed() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let lesson = try #require(course.lessons.first)
        let offline = renderer.lessonPage(lesson, course: course, options: .init(runtime: .offlineSite))
        #expect(!offline.html.contains("<iframe"))
        #expect(offline.html.contains("href=\"https://www.youtube.com/watch?v=abc123\" target=\"_blank\" rel=\"noopener noreferrer\""))
        #expect(offline.html.contains("abre en una ventana nueva"))
        #expect(offline.html.contains("Licencia: CC BY 4.0"))
        #expect(offline.html.contains("alt=\"Vista sin conexión de: Video de apoyo\""))

        let online = renderer.lessonPage(lesson, course: course, options: .init(runtime: .scorm12, embedExternalResources: true))
        #expect(online.html.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" title=\"Video de apoyo (YouTube)\""))
        #expect(online.html.contains("src=\"scorm12-runtime.js\""))
    }

    @Test func embedPolicyOnlyEmbedsAllowlistedProvidersOverHTTPS() {
        func resource(_ provider: ExternalResource.Provider, _ url: String) -> ExternalResource {
            ExternalResource(provider: provider, url: Located(url, at: .file("x")), title: "t", range: .file("x"))
        }
        let policy = EmbedPolicy.default
        #expect(policy.embedURL(for: resource(.vimeo, "https://vimeo.com/123456")) == "https://player.vimeo.com/video/123456")
        #expect(policy.embedURL(for: resource(.geogebra, "https://www.geogebra.org/m/qrzdtmkv"))
                == "https://www.geogebra.org/material/iframe/id/qrzdtmkv")
        #expect(policy.embedURL(for: resource(.youtube, "http://www.youtube.com/watch?v=abc")) == nil)
        #expect(policy.embedURL(for: resource(.web, "https://example.org/")) == nil)
        #expect(EmbedPolicy(providers: []).embedURL(for: resource(.vimeo, "https://vimeo.com/1")) == nil)
    }
}

@Suite struct MediaLessonTests {
    static func renderer() throws -> (CourseRenderer, Course, BuildFailures) {
        let (repository, fs) = try RenderingFixture.load()
        var files = fs.files
        files["curso/media/clase.mp4"] = [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]
        files["curso/media/clase.avi"] = [0x52, 0x49, 0x46, 0x46]
        files["curso/media/clase.es.vtt"] = Array("WEBVTT\n".utf8)
        let sink = BuildFailures()
        let course = try #require(repository.courses.first)
        return (CourseRenderer(repository: repository, fileSystem: InMemoryFileSystem(bytes: files), failures: sink), course, sink)
    }

    @Test func playableVideoGetsAPlayerWithSubtitlesAfterTheIntroduction() throws {
        let (renderer, course, sink) = try Self.renderer()
        var lesson = try #require(course.lessons.first)
        lesson.kind = .video
        lesson.file = Located("curso/media/clase.mp4", at: .file("curso/leccion.md"))
        lesson.subtitles = [(language: "es", path: Located("curso/media/clase.es.vtt", at: .file("curso/leccion.md")))]
        let page = renderer.lessonPage(lesson, course: course)
        #expect(page.html.contains("<video controls preload=\"none\" src=\"media/"))
        #expect(page.html.contains("<track kind=\"subtitles\" srclang=\"es\""))
        #expect(page.media.contains("curso/media/clase.mp4") && page.media.contains("curso/media/clase.es.vtt"))
        let intro = try #require(page.html.range(of: "lesson-body"))
        let video = try #require(page.html.range(of: "<video"))
        #expect(intro.lowerBound < video.lowerBound)
        #expect(sink.all.isEmpty)
    }

    /// The page offers a download; the check reported it (CS0603, RenderingCheck's examples).
    @Test func videoBrowsersCannotPlayIsADownload() throws {
        let (renderer, course, sink) = try Self.renderer()
        var lesson = try #require(course.lessons.first)
        lesson.kind = .video
        lesson.file = Located("curso/media/clase.avi", at: .file("curso/leccion.md"))
        let page = renderer.lessonPage(lesson, course: course)
        #expect(!page.html.contains("<video"))
        #expect(page.html.contains("Descargar el archivo (AVI)"))
        #expect(sink.all.isEmpty)
    }
}

/// The introduction page of a lesson whose main content a platform delivers
/// apart: the body and resources, not the file.
@Suite struct LessonIntroductionPageTests {
    @Test func introductionCarriesTheBodyAndNotTheFile() throws {
        let (renderer, course, _) = try RenderingFixture.renderer(extra: [
            "curso/leccion.md": "---\nid: leccion\ntitle: Un PDF\nkind: pdf\nfile: media/formulario.pdf\nminutes: 5\n---\n\nLee el **formulario** antes.\n",
            "curso/media/formulario.pdf": "%PDF-1.4\n%%EOF\n",
        ])
        let lesson = try #require(course.lessons.first)
        #expect(CourseRenderer.hasBodyText(lesson))
        let page = renderer.lessonIntroductionPage(lesson, course: course, continuation: "Continúa con «02 Un PDF».")
        #expect(page.html.contains("Lee el <strong>formulario</strong> antes."))
        #expect(page.html.contains(#"<p class="lesson-continuation">Continúa con «02 Un PDF».</p>"#))
        #expect(!page.html.contains("lesson-download") && page.media.isEmpty, "the file is the next lesson")
        let whole = renderer.lessonPage(lesson, course: course)
        #expect(whole.html.contains("lesson-download") && !whole.html.contains("lesson-continuation"))
    }
}
