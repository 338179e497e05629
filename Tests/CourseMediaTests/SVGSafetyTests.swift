import Foundation
import Testing
@testable import CourseMedia

/// SVG images must be inert and self-contained: each attack below is one
/// way an SVG runs code or loads something when a browser opens it.
@Suite struct SVGSafetyTests {
    static func svg(_ body: String, head: String = "") -> String {
        head + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\(body)</svg>\n"
    }

    func finding(_ text: String, piece: Int = 7) throws -> SVGSafety.Finding? {
        let bytes = Array(text.utf8)
        var offset = 0
        // Small pieces: the reader must cope with tags split across reads.
        return try SVGSafety.check(documentName: "dibujo.svg") {
            guard offset < bytes.count else { return nil }
            defer { offset += piece }
            return Array(bytes[offset..<min(bytes.count, offset + piece)])
        }
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script>"),
        ("<script xlink:href=\"https://x.example/a.js\"/>", "<script>"),
        ("<rect onload=\"alert(1)\" width=\"1\" height=\"1\"/>", "event handler (onload="),
        ("<g ONCLICK=\"alert(1)\"/>", "event handler"),
        ("<a href=\"javascript:alert(1)\"><text>x</text></a>", "javascript:"),
        ("<a xlink:href=\"  JaVa\tScRiPt:alert(1)\"><text>x</text></a>", "javascript:"),
        ("<a href=\"&#106;avascript:alert(1)\"><text>x</text></a>", "javascript:"),
        ("<image href=\"https://example.com/a.png\" width=\"1\" height=\"1\"/>", "refers to another file"),
        ("<image xlink:href=\"foto.png\" width=\"1\" height=\"1\"/>", "refers to another file"),
        ("<use href=\"otro.svg#flecha\"/>", "refers to another file"),
        ("<a href=\"https://example.com\"><text>x</text></a>", "refers to another file"),
        ("<rect style=\"fill: url(https://example.com/p.svg#g)\" width=\"1\" height=\"1\"/>", "url(https://example.com/p.svg#g)"),
        ("<rect fill=\"url('otro.svg#g')\" width=\"1\" height=\"1\"/>", "url(otro.svg#g)"),
        ("<style>@import url(https://example.com/a.css);</style>", "@import"),
        ("<style><![CDATA[ rect { fill: url(//example.com/p#g) } ]]></style>", "refers to another file"),
        ("<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://example.com\"/></foreignObject>", "refers to another file"),
        ("<animate attributeName=\"href\" values=\"#a;#b\"/>", "animates the attribute href"),
        ("<set attributeName=\"onmouseover\" to=\"x\"/>", "animates the attribute onmouseover"),
    ])
    func attacksAreRefused(body: String, reason: String) throws {
        guard case .unsafe(let why)? = try finding(Self.svg(body)) else {
            Issue.record("accepted: \(body)")
            return
        }
        #expect(why.description.contains(reason), "\(why)")
    }

    @Test func aStyleSheetProcessingInstructionIsRefused() throws {
        let text = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://example.com/a.css\"?>\n" + Self.svg("")
        #expect(try finding(text) == .unsafe("it loads a style sheet (<?xml-stylesheet?>)"))
    }

    /// Entities are refused outright: the XXE of a local file, and the
    /// "billion laughs" expansion, never get read or expanded.
    @Test func entityDeclarationsAreRefused() throws {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + Self.svg("<text>&x;</text>")
        let laughs = "<!DOCTYPE svg [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
            + Self.svg("<text>&c;</text>")
        for text in [xxe, laughs] {
            guard case .unsafe(let why)? = try finding(text) else {
                Issue.record("accepted an entity declaration")
                continue
            }
            #expect(why.description.contains("declares entities"))
            #expect(!why.description.contains("root:"), "the file was read")
        }
    }

    @Test func inertDrawingsAreAccepted() throws {
        let drawings = [
            Self.svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" style=\"stroke: url( '#g' )\" width=\"1\" height=\"1\"/><use href=\"#g\"/><use xlink:href=\"#g\"/>"),
            Self.svg("<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/><a href=\"#top\"><text>arriba</text></a>"),
            Self.svg("<style>rect { fill: #036 }</style><text>onload, javascript y url: palabras, no código</text>"),
            // The prolog Inkscape and Illustrator write: a DTD that is never loaded.
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!-- Creado con Inkscape -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + Self.svg("<circle cx=\"5\" cy=\"5\" r=\"4\"/>"),
        ]
        for drawing in drawings {
            #expect(try finding(drawing) == nil, "\(drawing)")
        }
    }

    @Test func whatIsNotAnSVGImageIsSaidSo() throws {
        guard case .notSVG(let broken)? = try finding("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>") else {
            Issue.record("malformed XML accepted")
            return
        }
        #expect(broken.description.contains("not well-formed XML (line 1:"), "\(broken)")
        for (text, why) in [("<svg><rect/></svg>", "its <svg> root lacks xmlns=\"http://www.w3.org/2000/svg\", so browsers do not show it as an image"),
                            ("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "its root element is <html>, not <svg>")] {
            guard case .notSVG(let reason)? = try finding(text) else {
                Issue.record("accepted: \(text)")
                continue
            }
            #expect(reason.description == why)
        }
    }

    @Test func readErrorsAreRethrown() {
        struct Broken: Error {}
        #expect(throws: Broken.self) { try SVGSafety.check(documentName: "x.svg") { throw Broken() } }
    }
}
