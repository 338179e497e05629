import CLibXML2
import Foundation

/// Parses an HTML page with libxml2's (forgiving, HTML 4-era) HTML parser and
/// answers XPath queries about it, so tests can assert on generated pages,
/// e.g. `count("//table//td")` or `strings("//a/@href")`.
///
/// Parsing never touches the network and prints nothing: unknown HTML5
/// elements and other complaints are not reported, the tree is built anyway.
public final class HTMLDocumentChecker {
    private let document: XPathDocument

    public convenience init(html: String) throws {
        try self.init(data: Data(html.utf8), encoding: "UTF-8")
    }

    /// - Parameter encoding: nil lets libxml2 use the page's meta charset.
    public init(data: Data, encoding: String? = nil) throws {
        LibXML2.ensureInitialized()
        let options = Int32(bitPattern:
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue |
            HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        guard data.count < Int(Int32.max) else { throw XMLError.invalidValue("document larger than 2 GiB") }
        let parsed: htmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                  "page.html", encoding, options)
        }
        guard let parsed else {
            throw XMLError.notWellFormed([XMLValidationIssue(
                documentName: "page.html", line: nil, severity: .fatal, kind: .wellFormedness,
                message: "HTML could not be parsed")])
        }
        document = XPathDocument(document: parsed)
    }

    /// Number of nodes `xpath` selects (or the value of `count(…)`).
    public func count(_ xpath: String) throws -> Int {
        try document.count(xpath)
    }

    /// String values of the nodes `xpath` selects, in document order.
    public func strings(_ xpath: String) throws -> [String] {
        try document.strings(xpath)
    }

    /// The first string value, or nil when nothing is selected.
    public func string(_ xpath: String) throws -> String? {
        try document.strings(xpath).first
    }
}
