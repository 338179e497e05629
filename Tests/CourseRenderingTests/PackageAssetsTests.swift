import CourseKit
import Foundation
import Testing
@testable import CourseRendering

@Suite struct PackageAssetsTests {
    @Test func sharedFilesDependOnRuntimeAndQuizzes() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        var lesson = try #require(course.lessons.first)
        lesson.body = "Sin fórmulas ni imágenes."
        lesson.resources = []
        let plain = renderer.lessonPage(lesson, course: course)
        #expect(PackageAssets(pages: [plain], runtime: .standalone, renderer: renderer).files().map(\.path)
                == ["coursec.css", "coursec.js"])
        let quiz = renderer.quizPage(try #require(course.quizzes.first), course: course, mode: .practice)
        #expect(PackageAssets(pages: [plain, quiz], runtime: .offlineSite, renderer: renderer).files().map(\.path)
                == ["coursec.css", "coursec.js", "docente.js", "progress.js", "quiz.js", "results.js"])
    }

    @Test func katexIsBundledOnlyWhenAPageUsesMath() throws {
        let katex = KaTeXAssets.debian
        try #require(katex.isAvailable, "libjs-katex is not installed")
        let (renderer, course, sink) = try RenderingFixture.renderer()
        let page = renderer.lessonPage(try #require(course.lessons.first), course: course)
        let files = PackageAssets(pages: [page], runtime: .standalone, renderer: renderer).files()
        let paths = files.map(\.path)
        #expect(paths.contains("katex/katex.min.js"))
        #expect(paths.contains("katex/contrib/mhchem.js"), "chemistry (\\ce, \\pu) needs KaTeX's mhchem")
        #expect(paths == paths.sorted())
        #expect(paths.contains("katex/fonts/KaTeX_Main-Regular.woff2"))
        #expect(!paths.contains { $0.hasSuffix(".ttf") || $0.hasSuffix(".woff") })
        // Every font the trimmed stylesheet names is in the package.
        guard case .data(let css)? = files.first(where: { $0.path == "katex/katex.min.css" })?.content else {
            Issue.record("no stylesheet"); return
        }
        let text = String(decoding: css, as: UTF8.self)
        #expect(!text.contains(".ttf") && !text.contains(".woff)"))
        let named = text.components(separatedBy: "url(").dropFirst().map { "katex/" + $0.prefix { $0 != ")" } }
        #expect(!named.isEmpty)
        #expect(named.allSatisfy { paths.contains($0) })
        #expect(sink.all.isEmpty)
    }

    /// Without KaTeX the packages carry no KaTeX files (and the check said
    /// so, CS0601, once: RenderingCheck's example).
    @Test func missingKaTeXLeavesKaTeXOut() throws {
        let (renderer, course, sink) = try RenderingFixture.renderer()
        let page = renderer.lessonPage(try #require(course.lessons.first), course: course)
        let nowhere = URL(fileURLWithPath: "/nonexistent/katex")
        let assets = PackageAssets(pages: [page, page], runtime: .standalone, renderer: renderer,
                                   katex: KaTeXAssets(scriptFolder: nowhere, fontFolder: nowhere))
        let files = assets.files()
        #expect(!files.contains { $0.path.hasPrefix("katex/") })
        #expect(sink.all.isEmpty)
    }

    @Test func templateAssetsAreReadableByTargets() {
        #expect(TemplateAssets.data("quiz.js") != nil)
        #expect(TemplateAssets.text("coursec.css")?.contains("@media print") == true)
        #expect(TemplateAssets.paths.contains("lesson.mustache"))
        #expect(TemplateAssets.data("no-such-file") == nil)
    }
}
