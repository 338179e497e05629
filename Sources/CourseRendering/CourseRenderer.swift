import CourseKit
import CourseMarkdown
import Foundation

/// Renders lessons, quizzes and course pages to HTML. Shared by every target
/// (offline site, platform HTML lessons, SCORM SCOs), so a lesson looks the
/// same wherever it is delivered.
///
/// This first version renders plain, accessible HTML directly; the Mustache
/// templates in `Templates/` replace it (see docs/outputs.md).
public struct CourseRenderer: Sendable {
    public let repository: Repository
    public let fileSystem: CourseFileSystem
    public let sink: DiagnosticSink
    public let media: MediaCatalog

    public init(repository: Repository, fileSystem: CourseFileSystem, sink: DiagnosticSink, media: MediaCatalog = .init()) {
        self.repository = repository
        self.fileSystem = fileSystem
        self.sink = sink
        self.media = media
    }

    public func lessonPage(_ lesson: Lesson, course: Course, navigation: PageNavigation = .init(),
                           options: PageRenderOptions = .init()) -> RenderedPage {
        let body = MarkdownRenderer.render(lesson.body, options: MarkdownRenderOptions(baseHeadingLevel: 2))
        let html = """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(course.language))">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(lesson.title.value))</title></head>
            <body><main><h1>\(HTMLText.escape(lesson.title.value))</h1>
            \(body.html)</main></body></html>

            """
        return RenderedPage(html: html, usesMath: body.usesMath)
    }

    public func quizPage(_ quiz: Quiz, course: Course, mode: QuizPageMode, navigation: PageNavigation = .init(),
                         options: PageRenderOptions = .init()) -> RenderedPage {
        var items = ""
        for (n, item) in quiz.items.enumerated() {
            let stem = MarkdownRenderer.render(item.stem(replacingBlanksWith: "____"), options: .init())
            items += "<li id=\"q-\(HTMLText.escape(item.id.value))\">\(stem.html)</li>\n"
            _ = n
        }
        let html = """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(course.language))">
            <head><meta charset="utf-8"><title>\(HTMLText.escape(quiz.title.value))</title></head>
            <body><main><h1>\(HTMLText.escape(quiz.title.value))</h1><ol>
            \(items)</ol></main></body></html>

            """
        return RenderedPage(html: html)
    }
}

/// HTML escaping for text and attribute values.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
