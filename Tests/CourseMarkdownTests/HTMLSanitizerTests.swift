import Testing
@testable import CourseMarkdown

@Suite struct HTMLSanitizerTests {
    /// An allowlist that asks for everything dangerous; the sanitizer must refuse anyway.
    static let permissive = HTMLAllowlist(
        elements: ["script", "iframe", "object", "embed", "style", "img", "a", "abbr", "span", "b"],
        attributes: ["*": ["onerror", "onclick", "style", "href", "src", "title", "class"]])

    static let hostile = """
    <script>alert(1)</script>

    Text <img src=x onerror=alert(1)> and [x](javascript:alert(1)) and [y](JaVaScRiPt:alert(2)).

    <a href="JaVaScRiPt:alert(3)">a</a> <a href="javascript&#58;alert(4)">b</a> <a href="java&#x09;script:alert(5)">c</a>

    <iframe src="https://evil.example"></iframe>

    <span style="color:red" onclick="alert(6)" class="ok">s</span> ![i](data:text/html;base64,PHNjcmlwdD4=)

    <object data="x.swf"></object><embed src="x.swf"><style>body{}</style>

    <a href="vbscript:msgbox(7)">d</a> <img src="data:image/png;base64,iVBORw0=">
    """

    @Test func hostileDocumentRendersHarmless() {
        let out = MarkdownRenderer.render(Self.hostile, options: MarkdownRenderOptions(allowedHTML: Self.permissive)).html
        let lower = out.lowercased()
        for needle in ["<script", "<iframe", "<object", "<embed", "<style", "onerror", "onclick",
                       "javascript", "vbscript", "style=", "data:text", "alert(1)"] {
            #expect(!lower.contains(needle), "found \(needle)")
        }
        // Parse the output back and check every tag and attribute.
        var tokenizer = HTMLTokenizer(out)
        var tags: [String] = []
        while let token = tokenizer.next() {
            guard case .startTag(let name, let attributes, _) = token else { continue }
            tags.append(name)
            #expect(!HTMLSanitizer.forbiddenElements.contains(name))
            for (attribute, value) in attributes {
                #expect(!attribute.hasPrefix("on") && attribute != "style")
                if attribute == "href" || attribute == "src" {
                    #expect(URLSafety.isSafe(HTMLEntities.decode(value), forImage: name == "img"), "\(value)")
                }
            }
        }
        #expect(tags.contains("span"))
        #expect(out.contains("<span class=\"ok\">s</span>"))
        #expect(out.contains("<img src=\"data:image/png;base64,iVBORw0=\" />"))
        #expect(out.contains("<a href=\"#\">x</a>"))
        #expect(!out.contains("body{}"))
        let plain = MarkdownRenderer.render("Hi <script>alert(1)</script> there", options: MarkdownRenderOptions()).html
        #expect(plain == "<p>Hi  there</p>\n")
    }

    @Test func allowlistedAbbrPasses() {
        let out = HTMLSanitizer.sanitize("<abbr title=\"HyperText &amp; more\" id=\"x\">HTML</abbr>", allowlist: .default)
        #expect(out == "<abbr title=\"HyperText &amp; more\">HTML</abbr>")
    }

    @Test func sanitizerEdgeCases() {
        let a = HTMLAllowlist.default
        #expect(HTMLSanitizer.sanitize("<b>x</b><!-- c --><i>y", allowlist: a) == "<b>x</b><i>y")
        #expect(HTMLSanitizer.sanitize("<div>keep text</div>", allowlist: a) == "keep text")
        #expect(HTMLSanitizer.sanitize("1 < 2 <b", allowlist: a) == "1 &lt; 2 &lt;b")
        #expect(HTMLSanitizer.sanitize("<script>x</script>after", allowlist: Self.permissive) == "after")
        #expect(HTMLSanitizer.sanitize("<B CLASS=c TITLE='t'>x</B>", allowlist: a) == "<b class=\"c\" title=\"t\">x</b>")
        #expect(HTMLSanitizer.sanitize("<br/>", allowlist: a) == "<br />")
    }

    @Test func urlSafety() {
        #expect(URLSafety.isSafe("https://x", forImage: false))
        #expect(URLSafety.isSafe("../a.png", forImage: true))
        #expect(URLSafety.isSafe("#frag", forImage: false))
        #expect(!URLSafety.isSafe(" javascript:x", forImage: false))
        #expect(!URLSafety.isSafe("data:image/png;base64,x", forImage: false))
        #expect(URLSafety.isSafe("data:image/webp;base64,x", forImage: true))
        #expect(!URLSafety.isSafe("data:image/svg+xml;base64,x", forImage: true))
        #expect(HTMLEntities.decode("javascript&#58;&#x3A;&colon;") == "javascript:::")
    }
}
