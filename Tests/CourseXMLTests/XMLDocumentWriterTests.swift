import CourseXML
import Foundation
import Testing

@Suite("XML document writer")
struct XMLDocumentWriterTests {
    @Test("writes a namespaced, indented UTF-8 document with libxml2 escaping")
    func basicDocument() throws {
        let writer = try XMLDocumentWriter()
        try writer.startDocument()
        try writer.startElement("root")
        try writer.writeNamespace(prefix: nil, uri: "urn:a")
        try writer.writeNamespace(prefix: "b", uri: "urn:b")
        try writer.writeAttribute("title", #"<"&'>"#)
        try writer.writeElement("child", prefix: "b", text: "1 < 2 & 3 > 2 🎉")
        try writer.startElement("empty")
        try writer.endElement()
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root xmlns="urn:a" xmlns:b="urn:b" title="&lt;&quot;&amp;'&gt;">
              <b:child>1 &lt; 2 &amp; 3 &gt; 2 🎉</b:child>
              <empty/>
            </root>

            """)
        let doc = try XMLDocumentChecker(data: Data(text.utf8), namespaces: ["a": "urn:a", "b": "urn:b"])
        #expect(try doc.string("/a:root/@title") == #"<"&'>"#)
        #expect(try doc.string("/a:root/b:child") == "1 < 2 & 3 > 2 🎉")
    }

    @Test("indentation can be switched off")
    func noIndent() throws {
        let writer = try XMLDocumentWriter(indent: false)
        try writer.startDocument()
        try writer.startElement("a")
        try writer.writeElement("b", text: "x")
        try writer.endElement()
        #expect(String(decoding: try writer.finish(), as: UTF8.self)
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><b>x</b></a>\n")
    }

    @Test("names that are not NCNames are refused", arguments: ["", "1a", "a b", "a:b", "<x>"])
    func invalidNames(name: String) throws {
        let writer = try XMLDocumentWriter()
        try writer.startDocument()
        #expect(throws: XMLError.invalidName(name)) { try writer.startElement(name) }
        #expect(throws: XMLError.invalidName(name)) { try writer.startElement("ok", prefix: name) }
    }

    @Test("characters XML cannot represent are refused, not written")
    func invalidCharacters() throws {
        let writer = try XMLDocumentWriter()
        try writer.startDocument()
        try writer.startElement("a")
        #expect(throws: XMLError.self) { try writer.writeAttribute("v", "bell\u{7}") }
        #expect(throws: XMLError.self) { try writer.writeText("nul\u{0}byte") }
        #expect(throws: XMLError.self) { try writer.writeText("\u{FFFE}") }
        try writer.writeText("tab\tnewline\ncarriage\r ok")
    }

    @Test("unbalanced elements are errors")
    func unbalanced() throws {
        let writer = try XMLDocumentWriter()
        try writer.startDocument()
        #expect(throws: XMLError.self) { try writer.endElement() }
        try writer.startElement("a")
        #expect(throws: XMLError.self) { try writer.finish() }
        try writer.endElement()
        _ = try writer.finish()
        #expect(throws: XMLError.self) { try writer.finish() }
    }
}
