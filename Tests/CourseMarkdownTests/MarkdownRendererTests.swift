import Testing
@testable import CourseMarkdown

@Suite struct MarkdownRendererTests {
    private func html(_ text: String, _ options: MarkdownRenderOptions = MarkdownRenderOptions()) -> String {
        MarkdownRenderer.render(text, options: options).html
    }

    @Test func basicBlocksAndInlines() {
        let out = html("Hello *a* **b** ~~c~~ `d<e>`\n\n> quote\n\n---\n\n```swift\nlet x = \"<\"\n```\n")
        #expect(out.contains("<p>Hello <em>a</em> <strong>b</strong> <del>c</del> <code>d&lt;e&gt;</code></p>"))
        #expect(out.contains("<blockquote>\n<p>quote</p>\n</blockquote>"))
        #expect(out.contains("<hr />"))
        #expect(out.contains("<pre><code class=\"language-swift\">let x = &quot;&lt;&quot;\n</code></pre>"))
    }

    @Test func tables() {
        let out = html("| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(out == "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n")
    }

    @Test func taskListsAreDisabledCheckboxes() {
        let out = html("- [x] done\n- [ ] todo\n")
        #expect(out.contains("<ul class=\"contains-task-list\">"))
        #expect(out.contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" checked=\"\" /> done\n</li>"))
        #expect(out.contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" /> todo\n</li>"))
    }

    @Test func orderedListStartAndLooseItems() {
        let out = html("3. a\n\n4. b\n")
        #expect(out.hasPrefix("<ol start=\"3\">\n<li><p>a</p>\n</li>"))
    }

    @Test func autolinksAndExternalLinks() {
        let result = MarkdownRenderer.render("See www.example.com and [local](../img/a.png \"T\").", options: MarkdownRenderOptions())
        #expect(result.html.contains("<a href=\"http://www.example.com\" rel=\"noopener\">www.example.com</a>"))
        #expect(result.html.contains("<a href=\"../img/a.png\" title=\"T\">local</a>"))
        #expect(result.links.map(\.url) == ["http://www.example.com", "../img/a.png"])
        #expect(result.links.map(\.isExternal) == [true, false])
        #expect(result.links[1].span.start == SourcePoint(line: 1, column: 25))
    }

    @Test func footnotes() {
        let out = html("A[^n] B[^n] C[^m].\n\n[^n]: Note n.\n[^m]: Note m.\n")
        #expect(out.contains("<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n\">1</a></sup>"))
        #expect(out.contains("id=\"fnref-n-2\">1</a>"))
        #expect(out.contains("<a href=\"#fn-m\" id=\"fnref-m\">2</a>"))
        #expect(out.contains("<section class=\"footnotes\">\n<ol>\n<li id=\"fn-n\">\n<p>Note n.</p>\n<a href=\"#fnref-n\""))
    }

    @Test func headingAnchorsFoldAccentsAndDeduplicate() {
        let result = MarkdownRenderer.render("# Números reales\n\n## Números reales\n\n## Números  *reales*!\n\n## ¿Qué?\n",
                                             options: MarkdownRenderOptions(baseHeadingLevel: 2))
        #expect(result.headings.map(\.anchor) == ["numeros-reales", "numeros-reales-2", "numeros-reales-3", "que"])
        #expect(result.headings.map(\.level) == [2, 3, 3, 3])
        #expect(result.headings[0].text == "Números reales")
        #expect(result.html.hasPrefix("<h2 id=\"numeros-reales\">Números reales</h2>\n<h3 id=\"numeros-reales-2\">"))
        let plain = MarkdownRenderer.render("# A", options: MarkdownRenderOptions(headingAnchors: false))
        #expect(plain.html == "<h1>A</h1>\n")
    }

    @Test func mathRendering() {
        let result = MarkdownRenderer.render("Area $a<b_1$.\n\n$$\nx^2 & y\n$$\n", options: MarkdownRenderOptions())
        #expect(result.usesMath)
        #expect(result.html == "<p>Area <span class=\"math math-inline\">a&lt;b_1</span>.</p>\n<div class=\"math math-display\">x^2 &amp; y</div>\n")
        #expect(!MarkdownRenderer.render("No math, $5.", options: MarkdownRenderOptions()).usesMath)
    }

    @Test func imagesReportedWithAlt() {
        let result = MarkdownRenderer.render("![](a.png) ![A *cat*](b.jpg)", options: MarkdownRenderOptions())
        #expect(result.images.map(\.text) == ["", "A cat"])
        #expect(result.html.contains("<img src=\"a.png\" alt=\"\" />"))
        #expect(result.html.contains("<img src=\"b.jpg\" alt=\"A cat\" />"))
    }

    @Test func rawHTMLDroppedByDefault() {
        let out = html("<div>block</div>\n\nText <b>bold</b>.\n")
        #expect(out == "<p>Text bold.</p>\n")
    }

    @Test func deterministicOutput() {
        let text = "# T\n\nA [l](http://x) $m$ <abbr title=\"t\" class=\"c\" lang=\"es\">x</abbr>[^1]\n\n[^1]: n\n"
        let options = MarkdownRenderOptions(allowedHTML: .default)
        let first = MarkdownRenderer.render(text, options: options).html
        for _ in 0..<20 { #expect(MarkdownRenderer.render(text, options: options).html == first) }
        #expect(first.contains("<abbr title=\"t\" class=\"c\" lang=\"es\">x</abbr>"))
    }
}

/// Heading slugs have a fast path for Latin text; it must agree with the
/// general one everywhere it answers.
@Suite struct HeadingSlugFastPathTests {
    static let samples: [String] = {
        var samples = ["Números reales", "¿Qué es la energía? (parte 1)", "Sección 2.3: ejemplo", "  Año  ", "x^2 y `código`",
                       "Ecuación de 2.º grado", "Über Çà ñandú", "Ÿes", "ÆØÅ", "straße", "Ωmega", "", "---", "A_b-c d", "100 %"]
        // Every printable ASCII and Latin-1 character on its own and between letters.
        for value in 0x20..<0x100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            samples.append(String(scalar))
            samples.append("a" + String(scalar) + "b")
        }
        return samples
    }()

    @Test func latinSlugAgreesWithFolding() {
        var answered = 0
        for text in Self.samples {
            guard let fast = HeadingSlugger.latinSlug(text) else { continue }
            answered += 1
            #expect(fast == HeadingSlugger.foldedSlug(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(answered > 200)
        #expect(HeadingSlugger.latinSlug("Números reales") == "numeros-reales")
        #expect(HeadingSlugger.latinSlug("Ωmega") == nil)
    }
}
