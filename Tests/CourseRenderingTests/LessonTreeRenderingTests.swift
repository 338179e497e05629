import CourseKit
import CourseMarkdown
import Testing
@testable import CourseRendering

/// A build loads each lesson's tree once (`Lesson.bodyTree`) and every
/// target renders from it: the pages must be the ones rendered by parsing
/// the body, and a plain check must not hold the trees.
@Suite struct LessonTreeRenderingTests {
    @Test func pagesFromTheLoadedTreeAreThePagesFromTheText() throws {
        let fs = RenderingFixture.fileSystem()
        let (checked, _) = try CourseCompiler(fileSystem: fs).check(keepingLessonTrees: true) { _ in }
        let course = try #require(checked.repository.courses.first)
        let renderer = CourseRenderer(repository: checked.repository, fileSystem: fs)
        let lessons = course.lessons.filter { $0.bodyTree != nil }
        #expect(!lessons.isEmpty)
        let site = PageRenderOptions(assetPrefix: "../", runtime: .offlineSite)
        let platform = PageRenderOptions(assetPrefix: "", runtime: .standalone, typesetMath: true)
        for lesson in lessons {
            var unparsed = lesson
            unparsed.bodyTree = nil
            for options in [site, platform] {
                let fromTree = renderer.lessonPage(lesson, course: course, options: options)
                let fromText = renderer.lessonPage(unparsed, course: course, options: options)
                #expect(fromTree.html == fromText.html, "\(lesson.path)")
                #expect(fromTree.media == fromText.media)
            }
        }
    }

    @Test func aCheckKeepsOnlyTheOutline() throws {
        let checked = try CourseCompiler(fileSystem: RenderingFixture.fileSystem()).check()
        let lessons = checked.repository.courses.flatMap(\.lessons)
        #expect(!lessons.isEmpty)
        #expect(lessons.allSatisfy { $0.bodyTree == nil })
    }
}
