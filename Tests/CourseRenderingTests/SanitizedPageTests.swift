import CourseKit
import Foundation
import Testing
@testable import CourseRendering

/// Hostile raw HTML in a lesson, rendered at page level through the
/// renderer with a permissive policy allowlist that even names `script`,
/// `iframe` and `onerror`: none of them may reach the page.
@Suite struct SanitizedPageTests {
    static let hostile = """
        ---
        id: leccion
        title: Lección
        ---

        Texto <script>alert('xss-script')</script> normal.

        <img src="media/figura.png" alt="figura" onerror="alert('xss-onerror')">

        <a href="javascript:alert('xss-href')">enlace</a> y [otro](javascript:alert('xss-md'))

        <iframe src="https://evil.example/embed" title="malo"></iframe>

        <b onclick="alert('xss-click')">negrita</b> <span class="nota">permitido</span>

        """

    static let permissivePolicy = """
        name: Programa de prueba
        language: es-MX
        phases:
          - id: fase-1
            title: Fase 1
            start: 2021-10-04
            end: 2022-03-11
        courses:
          - curso
        policy:
          html-allowlist:
            elements: [script, iframe, img, a, b, span]
            attributes:
              "*": [class, onerror, onclick, src, href, title, alt]
          rules:
            CS0501:
              params: { min: 1 }

        """

    @Test func policyAllowlistIsLoaded() throws {
        let (repository, _) = try RenderingFixture.load(extra: ["coursec.yaml": Self.permissivePolicy])
        let allowlist = try #require(repository.policy.htmlAllowlist)
        #expect(allowlist.elements.contains("iframe"))
        #expect(allowlist.attributes["*"]?.contains("onerror") == true)
    }

    @Test func scriptsEventHandlersJavascriptURLsAndIframesNeverReachThePage() throws {
        let (renderer, course, _) = try RenderingFixture.renderer(extra: [
            "coursec.yaml": Self.permissivePolicy, "curso/leccion.md": Self.hostile,
        ])
        let lesson = try #require(course.lessons.first)
        let html = renderer.lessonPage(lesson, course: course, options: .init(runtime: .offlineSite)).html
        for forbidden in ["xss-script", "xss-onerror", "xss-href", "xss-md", "xss-click", "onerror", "onclick",
                          "javascript:", "<iframe", "evil.example"] {
            #expect(!html.contains(forbidden), "page contains \(forbidden)")
        }
        // The only scripts are coursec's own, loaded by src.
        let scripts = html.components(separatedBy: "<script").dropFirst()
        #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") })
        // What the allowlist permits and is safe still passes.
        #expect(html.contains("<b>negrita</b>"))
        #expect(html.contains("<span class=\"nota\">permitido</span>"))
        #expect(html.contains("Texto"))
    }

    @Test func rawHTMLIsOffWithoutAPolicy() throws {
        let (renderer, course, _) = try RenderingFixture.renderer(extra: ["curso/leccion.md": Self.hostile])
        let lesson = try #require(course.lessons.first)
        let html = renderer.lessonPage(lesson, course: course).html
        #expect(!html.contains("<b>negrita</b>"))
        #expect(!html.contains("xss-"))
        #expect(html.contains("negrita"))
    }
}
