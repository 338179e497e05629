import CourseXML
import Foundation
import Testing

@Suite("HTML document checker")
struct HTMLDocumentCheckerTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Lesson &amp; Quiz</title></head>
        <body>
          <nav><a href="index.html">Home</a> <a href="lesson-2.html?x=1&amp;y=2">Next</a></nav>
          <section>
            <table><tr><td>1</td><td>Äpfel 🍎</td></tr><tr><td>2</td><td>Birnen</td></tr></table>
            <p>Unclosed paragraph
            <img src="http://example.invalid/x.png" alt="remote">
          </section>
        </body></html>
        """

    @Test("counts and strings from XPath queries")
    func queries() throws {
        let checker = try HTMLDocumentChecker(html: Self.page)
        #expect(try checker.count("//table//td") == 4)
        #expect(try checker.count("count(//tr)") == 2)
        #expect(try checker.strings("//a/@href") == ["index.html", "lesson-2.html?x=1&y=2"])
        #expect(try checker.strings("//td[2]") == ["Äpfel 🍎", "Birnen"])
        #expect(try checker.string("/html/head/title") == "Lesson & Quiz")
        #expect(try checker.string("//video") == nil)
        #expect(try checker.strings("string(//a[2])") == ["Next"])
        #expect(try checker.strings("boolean(//section)") == ["true"])
    }

    @Test("a malformed XPath throws instead of printing")
    func badXPath() throws {
        let checker = try HTMLDocumentChecker(html: Self.page)
        #expect(throws: XMLError.self) { try checker.count("//td[") }
        #expect(throws: XMLError.self) { try checker.strings("//undeclared:td") }
    }

    @Test("XML checker rejects documents that are not well-formed")
    func xmlChecker() throws {
        #expect(throws: XMLError.self) { try XMLDocumentChecker(data: Data("<a><b></a>".utf8)) }
        #expect(throws: XMLError.self) { try XMLDocumentChecker(data: Data("<p:a/>".utf8)) }
        let doc = try XMLDocumentChecker(data: Data("<a><b>1</b><b>2</b></a>".utf8))
        #expect(try doc.strings("/a/b") == ["1", "2"])
        #expect(try doc.count("/a/b") == 2)
    }
}
