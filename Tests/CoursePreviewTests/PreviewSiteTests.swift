import CourseIncremental
import CourseKit
import CoursecTestSupport
@testable import CoursePreview
import Foundation
import Testing

/// What the preview serves for a copy of the example course: pages with the
/// script and no panel while the course is sound; the panel with the
/// problem's file:line:col and the last good page when a lesson breaks;
/// redirects for pages whose address moved; and nothing to other hosts.
@Suite struct PreviewSiteTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func request(_ path: String, host: String = "127.0.0.1:8000") throws -> HTTPRequest {
        try HTTPRequestParser.parse(Array("GET \(path) HTTP/1.1\r\nHost: \(host)".utf8))
    }

    func body(_ response: HTTPResponse) -> String {
        if case .bytes(let bytes) = response.body { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    @Test func aBrokenLessonShowsItsLastGoodPageAndTheProblem() throws {
        let root = try ScratchFolder.make("preview-site").appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("Courses"), to: root)
        let session = IncrementalSession(root: root)
        let site = PreviewSite(allowedHosts: ["127.0.0.1:8000"])
        site.publish(try session.refresh())

        // Two courses: the home page lists both.
        let home = site.handle(try request("/"))
        #expect(home.status == 200)
        #expect(body(home).contains("<a href=\"/matematicas-1/\">"))
        #expect(body(home).contains("<a href=\"/quimica-1/\">"))
        let page = "/matematicas-1/lecciones/02-racionales-y-decimales.html"
        // A source file's page, by the file's path.
        let bySource = site.handle(try request("/__coursec/source/matematicas-1/lecciones/02-racionales-y-decimales.md"))
        #expect(bySource.status == 302)
        #expect(bySource.headers.contains { $0 == ("Location", page) })
        #expect(site.handle(try request("/__coursec/source/matematicas-1/lecciones/no-existe.md")).status == 404)
        let good = site.handle(try request(page))
        #expect(good.status == 200)
        #expect(body(good).contains("<script src=\"/__coursec/preview.js\" data-page=\"matematicas-1/lecciones/02-racionales-y-decimales.html\""))
        #expect(!body(good).contains("coursec-preview\""))
        #expect(body(good).contains("Números racionales, fracciones y decimales"))

        // The front matter left unclosed (missing-front-matter at 1:1): the site loses the page, the preview keeps it.
        let lesson = root.appendingPathComponent("matematicas-1/lecciones/02-racionales-y-decimales.md")
        let original = try String(contentsOf: lesson, encoding: .utf8)
        try original.replacingOccurrences(of: "\n---\n", with: "\n\n").write(to: lesson, atomically: false, encoding: .utf8)
        site.publish(try session.refresh())
        let stale = body(site.handle(try request(page)))
        #expect(stale.contains("Números racionales, fracciones y decimales"))
        #expect(stale.contains("id=\"coursec-preview\""))
        #expect(stale.contains("última versión correcta"))
        #expect(stale.contains("matematicas-1/lecciones/02-racionales-y-decimales.md:1:1 "))
        #expect(stale.contains(Rules.missingFrontMatter.id))
        // The next lesson moved up to number 02: its old address redirects.
        let moved = site.handle(try request("/matematicas-1/lecciones/03-irracionales-y-recta-numerica.html"))
        #expect(moved.status == 302)

        try original.write(to: lesson, atomically: false, encoding: .utf8)
        site.publish(try session.refresh())
        let fixed = body(site.handle(try request(page)))
        #expect(!fixed.contains("id=\"coursec-preview\""))
        #expect(fixed.contains("Números racionales, fracciones y decimales"))
    }

    @Test func otherHostsAndUnknownPathsAreRefused() throws {
        let root = try ScratchFolder.make("preview-site").appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("Courses"), to: root)
        let site = PreviewSite(allowedHosts: ["127.0.0.1:8000"])
        site.publish(try IncrementalSession(root: root).refresh())
        #expect(site.handle(try request("/matematicas-1/", host: "evil.example:8000")).status == 403)
        #expect(site.handle(try request("/matematicas-1/no-existe.html")).status == 404)
        #expect(site.handle(try request("/otro-curso/index.html")).status == 404)
        let css = site.handle(try request("/matematicas-1/coursec.css"))
        #expect(css.status == 200)
        #expect(css.headers.contains { $0.0 == "ETag" })
        #expect(site.handle(try request("/__coursec/preview.js")).status == 200)
    }
}
