import CourseKit
import Foundation
import Testing
@testable import CourseRendering

/// Inline formulas are wrapped with the text touching them, so a phone never
/// breaks a line inside a formula or between `(` and the formula after it;
/// display formulas from the build-time typesetter come in a scrolling box.
@Suite struct MathNoWrapTests {
    static let katex = #"<span class="math math-inline">x^2</span>"#

    @Test func punctuationTouchingAFormulaIsKeptWithIt() {
        let html = "<p>el producto (" + Self.katex + "), y también " + Self.katex + ".</p>"
        #expect(MathNoWrap.wrap(html) == "<p>el producto <span class=\"math-nowrap\">(" + Self.katex
                + "),</span> y también <span class=\"math-nowrap\">" + Self.katex + ".</span></p>")
    }

    @Test func aFormulaBetweenSpacesOrTagsIsLeftAsItIs() {
        let html = "<p>es " + Self.katex + " y</p><li>" + Self.katex + "</li>"
        #expect(MathNoWrap.wrap(html) == html)
    }

    @Test func neighbouringFormulasAndEntitiesStayWhole() {
        let html = "<p>(" + Self.katex + ";" + Self.katex + ")&amp;</p>"
        let wrapped = MathNoWrap.wrap(html)
        #expect(wrapped == "<p><span class=\"math-nowrap\">(" + Self.katex + ";</span><span class=\"math-nowrap\">"
                + Self.katex + ")&amp;</span></p>")
    }

    @Test func buildTimeMathMLIsWrappedButDisplayFormulasAreNot() {
        let inline = #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>"#
        let display = #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>y</mi></math>"#
        let html = "<p>(" + inline + ") " + display + ".</p>"
        #expect(MathNoWrap.wrap(html) == "<p><span class=\"math-nowrap\">(" + inline + ")</span> " + display + ".</p>")
        // `<mathematics>` is not MathML.
        #expect(MathNoWrap.wrap("<p>(<mathematics>x</mathematics>)</p>") == "<p>(<mathematics>x</mathematics>)</p>")
    }

    @Test func lessonBodiesComeWrappedForKaTeXAndForMathML() throws {
        let (renderer, course, _) = try RenderingFixture.renderer(extra: [
            "curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\nEl producto ($(a+b)(a-b)$) da:\n\n$$a^2 - b^2$$\n",
        ])
        let lesson = try #require(course.lessons.first)
        let browser = renderer.lessonPage(lesson, course: course).html
        #expect(browser.contains(#"<span class="math-nowrap">(<span class="math math-inline">(a+b)(a-b)</span>)</span> da:"#))
        let platform = renderer.lessonPage(lesson, course: course, options: .init(typesetMath: true)).html
        #expect(platform.contains(#"<span class="math-nowrap">(<math"#))
        #expect(platform.contains(#"<span class="math-display"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">"#))
    }
}
