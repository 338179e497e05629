import CourseKit
import CourseMarkdown
import Foundation
import Testing
@testable import CourseRendering

/// A build keeps each lesson's tree once (`LessonTrees`, beside the model)
/// and every target renders from it: the pages must be the ones rendered by
/// parsing the body; the model holds none.
@Suite struct LessonTreeRenderingTests {
    @Test func pagesFromTheLoadedTreeAreThePagesFromTheText() throws {
        let fs = RenderingFixture.fileSystem()
        let loaded = Loaded()
        _ = try CourseCompiler(fileSystem: fs).checkInBatches(.whole, keepsTrees: true) { batch in
            loaded.batch = batch
            return true
        }
        let batch = try #require(loaded.batch)
        let trees = try #require(batch.trees)
        let course = try #require(batch.repository.courses.first)
        let withTrees = CourseRenderer(repository: batch.repository, fileSystem: fs, lessonTrees: trees)
        let withoutTrees = CourseRenderer(repository: batch.repository, fileSystem: fs)
        let lessons = course.lessons.filter { trees[$0.path] != nil }
        #expect(!lessons.isEmpty)
        #expect(lessons.count == course.lessons.count)
        let site = PageRenderOptions(assetPrefix: "../", runtime: .offlineSite)
        let platform = PageRenderOptions(assetPrefix: "", runtime: .standalone, typesetMath: true)
        for lesson in lessons {
            for options in [site, platform] {
                let fromTree = withTrees.lessonPage(lesson, course: course, options: options)
                let fromText = withoutTrees.lessonPage(lesson, course: course, options: options)
                #expect(fromTree.html == fromText.html, "\(lesson.path)")
                #expect(fromTree.media == fromText.media)
            }
        }
    }

    private final class Loaded: @unchecked Sendable {
        var batch: CourseCompiler.Batch?
    }

    /// Layering: the model imports no syntax library and holds no parser trees.
    @Test func theModelImportsNoSyntaxLibrary() throws {
        let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CourseKit/Model")
        for file in try FileManager.default.contentsOfDirectory(atPath: model.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: model.appendingPathComponent(file), encoding: .utf8)
            for library in ["CourseMarkdown", "CourseMath", "Yams", "CCmarkGFM", "CourseXML", "CourseArchive"] {
                #expect(!text.contains("import \(library)"), "\(file) imports \(library)")
            }
            #expect(!text.contains("MarkdownNode"), "\(file) holds a Markdown tree")
        }
    }
}
