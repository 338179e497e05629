import CourseKit
import Foundation
import Mustache
import Testing
@testable import CourseRendering

/// coursec renders `Templates/` with its own typed Mustache renderer
/// (`TemplateLibrary`). These tests pin its semantics, and render every page
/// of the example courses and of the rendering fixture a second time with
/// swift-mustache, the reference engine, expecting the same bytes.
@Suite(.serialized) struct TemplateLibraryTests {
    private func render(_ source: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.register(source, named: "t")
        for (name, text) in partials { try library.register(text, named: name) }
        return try #require(library.render("t", TemplateValue(context)))
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        let context: [String: Any] = ["a": "<b>\"T&C\"</b> it's", "n": 3, "yes": true]
        #expect(try render("{{a}}|{{{a}}}|{{n}}|{{yes}}|{{missing}}", context)
            == "&lt;b&gt;&quot;T&amp;C&quot;&lt;/b&gt; it&#39;s|<b>\"T&C\"</b> it's|3|true|")
    }

    @Test func sectionsFollowMustacheTruthiness() throws {
        let context: [String: Any] = ["t": true, "f": false, "empty": [Any](), "s": "", "zero": 0,
                                      "items": [["x": "1"], ["x": "2"]], "obj": ["x": "o"], "x": "outer"]
        #expect(try render("{{#t}}T{{/t}}{{#f}}F{{/f}}{{#empty}}E{{/empty}}{{#s}}S{{/s}}{{#zero}}Z{{/zero}}{{#nope}}N{{/nope}}",
                           context) == "TSZ")
        #expect(try render("{{^t}}T{{/t}}{{^f}}F{{/f}}{{^empty}}E{{/empty}}{{^s}}S{{/s}}{{^nope}}N{{/nope}}", context) == "FEN")
        #expect(try render("{{#items}}[{{x}}]{{/items}}{{#obj}}{{x}}{{/obj}}{{#t}}{{x}}{{/t}}", context) == "[1][2]oouter")
    }

    @Test func dottedNamesStartFromTheInnermostContextThatHasTheFirstName() throws {
        let context: [String: Any] = ["nav": ["next": ["href": "b.html"]], "list": [["nav": ["title": "x"]]]]
        #expect(try render("{{#nav.next}}{{href}}{{/nav.next}}{{nav.next.href}}", context) == "b.htmlb.html")
        // Inside the list, `nav` is the item's: its `next` is missing and the outer one is not consulted.
        #expect(try render("{{#list}}{{nav.title}}{{nav.next.href}}{{/list}}", context) == "x")
    }

    @Test func standaloneTagsTakeTheirLineAndPartialsShareTheContext() throws {
        let source = "<ul>\n{{#items}}\n  <li>{{x}}</li>\n{{/items}}\n{{> p}}\n</ul>\n"
        let context: [String: Any] = ["items": [["x": "1"], ["x": "2"]], "y": "z"]
        #expect(try render(source, context, partials: ["p": "<p>{{y}}</p>\n"]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n<p>z</p>\n</ul>\n")
        #expect(try render("a {{#t}}b{{/t}} c\n", ["t": true]) == "a b c\n", "tags inside a line are not standalone")
    }

    @Test(arguments: [
        ("{{! a comment }}", 1), ("{{=<% %>=}}", 1), ("{{#a}}", 1), ("x\n{{/a}}", 2), ("{{#a}}\n{{/b}}", 2),
        ("{{a", 1), ("  {{> p}}", 1), ("{{.}}", 1), ("{{&a}}", 1),
    ])
    func unsupportedOrMalformedTemplatesAreRefusedWithTheirLine(source: String, line: Int) {
        var library = TemplateLibrary()
        #expect(throws: TemplateError.self) { try library.register(source, named: "t") }
        do { try library.register(source, named: "t") } catch { #expect(error.line == line) }
    }

    @Test func everyEmbeddedTemplateParses() throws {
        #expect(TemplateAssets.library.names.contains("lesson"))
        #expect(TemplateAssets.library.names.count == TemplateAssets.paths.filter { $0.hasSuffix(".mustache") }.count)
    }

    /// Every page of the example courses (all three page flavours) and of the
    /// fixture, rendered by both engines.
    @Test func everyPageRendersAsSwiftMustacheRendersIt() throws {
        let recorder = ContextRecorder()
        // Other tests may render at the same time: each record carries its
        // own result, so whatever is recorded is compared.
        TemplateAssets.renderObserver = { name, context, html in recorder.add(name, context, html) }
        defer { TemplateAssets.renderObserver = nil }

        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Courses")
        let fs = LocalFileSystem(root: root)
        let example = try CourseCompiler(fileSystem: fs).check().repository
        var ours: [String] = []
        for (repository, files) in [(example, fs as CourseFileSystem), try RenderingFixture.load()] {
            let renderer = CourseRenderer(repository: repository, fileSystem: files)
            for course in repository.courses {
                ours += pages(of: course, renderer: renderer)
            }
        }
        let recorded = recorder.all
        #expect(recorded.count >= ours.count)
        #expect(Set(recorded.map(\.name)) == ["lesson", "quiz", "index", "docente", "syllabus"])
        #expect(Set(ours).isSubset(of: Set(recorded.map(\.html))))

        var reference = MustacheLibrary()
        for path in TemplateAssets.paths where path.hasSuffix(".mustache") {
            try reference.register(TemplateAssets.text(path)!, named: String(path.dropLast(".mustache".count)))
        }
        for (index, page) in recorded.enumerated() {
            let expected = try #require(reference.render(page.context, withTemplate: page.name))
            #expect(page.html == expected, "page \(index) (\(page.name)) differs from swift-mustache")
        }
    }

    private func pages(of course: Course, renderer: CourseRenderer) -> [String] {
        var html: [String] = []
        let navigation = PageNavigation(previous: .init(title: "Antes", href: "../a.html"),
                                        next: .init(title: "Después <2>", href: "../b.html"),
                                        index: .init(title: course.title.value, href: "../index.html"))
        let flavours = [
            (PageRenderOptions(assetPrefix: "../", runtime: .offlineSite), navigation),
            (PageRenderOptions(assetPrefix: "../", runtime: .scorm12), PageNavigation()),
            (PageRenderOptions(assetPrefix: "", runtime: .standalone, typesetMath: true), PageNavigation()),
        ]
        for (options, navigation) in flavours {
            for lesson in course.lessons {
                html.append(renderer.lessonPage(lesson, course: course, navigation: navigation, options: options).html)
            }
            for quiz in course.quizzes {
                html.append(renderer.quizPage(quiz, course: course, mode: .practice, navigation: navigation, options: options).html)
            }
            if let assessment = course.assessment {
                for mode in [QuizPageMode.diagnostic, .final] {
                    html.append(renderer.quizPage(assessment, course: course, mode: mode, navigation: navigation, options: options).html)
                }
            }
        }
        var links = CourseIndexLinks(diagnostic: "evaluacion/diagnostica.html", final: "evaluacion/final.html",
                                     teacherPage: "docente.html")
        for lesson in course.lessons { links.items[lesson.id.value] = "lecciones/\(lesson.id.value).html" }
        html.append(renderer.courseIndexPage(course, links: links, options: PageRenderOptions(runtime: .offlineSite)).html)
        html.append(renderer.courseIndexPage(course, links: CourseIndexLinks(), options: PageRenderOptions()).html)
        html.append(renderer.teacherPage(course, navigation: PageNavigation(index: .init(title: course.title.value, href: "index.html")),
                                         options: PageRenderOptions(runtime: .offlineSite)).html)
        html.append(renderer.syllabusPage(course).html)
        return html
    }
}

private final class ContextRecorder: @unchecked Sendable {
    typealias Page = (name: String, context: [String: Any], html: String)
    private let lock = NSLock()
    private var entries: [Page] = []
    func add(_ name: String, _ context: [String: Any], _ html: String) {
        lock.lock()
        entries.append((name, context, html))
        lock.unlock()
    }
    var all: [Page] { lock.lock(); defer { lock.unlock() }; return entries }
}
