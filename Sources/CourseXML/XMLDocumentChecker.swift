import Foundation

/// Parses XML (strictly: any well-formedness error throws) and answers XPath
/// queries with caller-chosen namespace prefixes, e.g. to read back a title
/// from a generated manifest:
///
///     let doc = try XMLDocumentChecker(data: data, namespaces: ["cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2"])
///     try doc.strings("/cp:manifest/cp:organizations/cp:organization/cp:title")
public final class XMLDocumentChecker {
    private let document: XPathDocument

    public init(data: Data, namespaces: [String: String] = [:], documentName: String = "document.xml") throws {
        let collector = LibXML2.IssueCollector(documentName: documentName)
        let parsed = try withExtendedLifetime(collector) { try LibXML2.parseXML(data, collector: collector) }
        guard let parsed else { throw XMLError.notWellFormed(collector.issues) }
        let document = XPathDocument(document: parsed, namespaces: namespaces)
        // Namespace errors (an undeclared prefix, say) leave a document behind;
        // a checker must not quietly accept them. `document` frees it.
        guard collector.issues.allSatisfy({ $0.severity == .warning }) else {
            throw XMLError.notWellFormed(collector.issues)
        }
        self.document = document
    }

    public func count(_ xpath: String) throws -> Int {
        try document.count(xpath)
    }

    public func strings(_ xpath: String) throws -> [String] {
        try document.strings(xpath)
    }

    public func string(_ xpath: String) throws -> String? {
        try document.strings(xpath).first
    }
}
