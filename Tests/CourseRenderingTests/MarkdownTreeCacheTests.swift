import CourseKit
import CourseMarkdown
import Testing
@testable import CourseRendering

/// The platform package and the offline site share each lesson body's
/// parse (`MarkdownTreeCache`): pages made from a shared tree must be the
/// pages each renderer makes alone, and the cache must let go of a tree
/// once both sides have it.
@Suite struct MarkdownTreeCacheTests {
    @Test func lessonPagesFromASharedTreeAreThePagesEachRendererMakes() throws {
        let (plain, course, _) = try RenderingFixture.renderer()
        let trees = MarkdownTreeCache()
        let shared = CourseRenderer(repository: plain.repository, fileSystem: plain.fileSystem, sink: plain.sink,
                                    trees: trees)
        let site = PageRenderOptions(assetPrefix: "../", runtime: .offlineSite)
        let platform = PageRenderOptions(assetPrefix: "", runtime: .standalone, typesetMath: true)
        #expect(!course.lessons.isEmpty)
        for lesson in course.lessons {
            // One side parses and keeps the tree; the other takes it.
            for options in [site, platform] {
                let expected = plain.lessonPage(lesson, course: course, options: options)
                let got = shared.lessonPage(lesson, course: course, options: options)
                #expect(got.html == expected.html)
                #expect(got.media == expected.media)
            }
            #expect(trees.heldCount == 0)
        }
    }

    @Test func aTreeIsParsedOnceAndForgottenWhenTheSecondRendererTakesIt() {
        let trees = MarkdownTreeCache()
        var parses = 0
        func parse(_ text: String) -> MarkdownNode {
            parses += 1
            return MarkdownParser.parse(text, lineOffset: 4)
        }
        let text = "# Título\n\nTexto con *énfasis* y $x^2$.\n"
        let first = trees.tree(of: text, lineOffset: 4) { parse(text) }
        #expect(trees.heldCount == 1)
        let second = trees.tree(of: text, lineOffset: 4) { parse(text) }
        #expect(parses == 1)
        let options = MarkdownRenderOptions(headingAnchors: true)
        #expect(MarkdownRenderer.render(first, options: options).html == MarkdownRenderer.render(second, options: options).html)
        #expect(trees.heldCount == 0)
        // Another line offset is another tree (spans differ).
        _ = trees.tree(of: text, lineOffset: 5) { parse(text) }
        #expect(parses == 2)
    }

    @Test func pastItsByteLimitTheCacheParsesWithoutKeeping() {
        let trees = MarkdownTreeCache(byteLimit: 10)
        var parses = 0
        for _ in 0..<2 {
            _ = trees.tree(of: "un texto de más de diez bytes", lineOffset: 0) {
                parses += 1
                return MarkdownParser.parse("un texto de más de diez bytes")
            }
        }
        #expect(parses == 2)
        #expect(trees.heldCount == 0)
        _ = trees.tree(of: "corto", lineOffset: 0) { MarkdownParser.parse("corto") }
        #expect(trees.heldCount == 1)
    }
}
