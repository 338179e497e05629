import CLibXML2
import Foundation

/// An owned libxml2 document that answers XPath queries; the shared engine of
/// `HTMLDocumentChecker` and `XMLDocumentChecker`. Not thread-safe.
final class XPathDocument {
    private let document: xmlDocPtr
    /// Prefix → namespace URI for queries on namespaced XML.
    private let namespaces: [String: String]

    /// Takes ownership of `document`.
    init(document: xmlDocPtr, namespaces: [String: String] = [:]) {
        self.document = document
        self.namespaces = namespaces
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The number of nodes selected, or the value of a numeric expression
    /// such as `count(//td)`.
    func count(_ expression: String) throws -> Int {
        try evaluate(expression) { object in
            switch object.pointee.type {
            case XPATH_NODESET:
                return Int(object.pointee.nodesetval?.pointee.nodeNr ?? 0)
            case XPATH_NUMBER:
                let value = object.pointee.floatval
                guard value.isFinite else { throw XMLError.invalidXPath("\(expression) is not a count") }
                return Int(value)
            default:
                throw XMLError.invalidXPath("\(expression) is neither a node set nor a number")
            }
        }
    }

    /// The string value of each selected node (text content of elements,
    /// value of attributes) in document order, or the single value of a
    /// string, number or boolean expression.
    func strings(_ expression: String) throws -> [String] {
        try evaluate(expression) { object in
            switch object.pointee.type {
            case XPATH_NODESET:
                guard let set = object.pointee.nodesetval, let nodes = set.pointee.nodeTab else { return [] }
                return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                    nodes[index].map(Self.content(of:))
                }
            case XPATH_STRING:
                return [LibXML2.string(object.pointee.stringval) ?? ""]
            case XPATH_NUMBER:
                let value = object.pointee.floatval
                return [value == value.rounded() && value.isFinite ? String(Int(value)) : String(value)]
            case XPATH_BOOLEAN:
                return [object.pointee.boolval != 0 ? "true" : "false"]
            default:
                throw XMLError.invalidXPath("\(expression) has an unsupported result type")
            }
        }
    }

    // MARK: - Private

    /// Reads content into a libxml2 buffer, which avoids `xmlNodeGetContent`
    /// and therefore the global `xmlFree` function pointer (a shared mutable
    /// C global, which strict concurrency rightly refuses to touch).
    private static func content(of node: xmlNodePtr) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard xmlNodeBufGetContent(buffer, node) == 0, let bytes = xmlBufferContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(xmlBufferLength(buffer))), as: UTF8.self)
    }

    private func evaluate<R>(_ expression: String, _ read: (xmlXPathObjectPtr) throws -> R) throws -> R {
        guard let context = xmlXPathNewContext(document) else {
            throw XMLError.libxml2Failure(operation: "xmlXPathNewContext")
        }
        defer { xmlXPathFreeContext(context) }

        // Without an error callback libxml2 prints XPath errors to stderr.
        let collector = LibXML2.IssueCollector(documentName: "xpath")
        context.pointee.userData = collector.opaque
        context.pointee.error = LibXML2.collectorErrorHandler

        // xmlXPathRegisterNs lives in xpathInternals.h, which the CLibXML2
        // shim does not include; the context's public namespace array is
        // consulted by the same prefix lookup, so the prefixes go there.
        let nsNodes: [xmlNsPtr?] = namespaces.sorted { $0.key < $1.key }.map { prefix, uri in
            LibXML2.withXMLChars(uri) { uriChars in
                LibXML2.withXMLChars(prefix) { xmlNewNs(nil, uriChars, $0) }
            }
        }
        defer { nsNodes.forEach { if let ns = $0 { xmlFreeNs(ns) } } }
        var nsArray = nsNodes
        return try withExtendedLifetime(collector) {
            try nsArray.withUnsafeMutableBufferPointer { buffer in
                context.pointee.namespaces = buffer.baseAddress
                context.pointee.nsNr = Int32(buffer.count)
                defer {
                    context.pointee.namespaces = nil
                    context.pointee.nsNr = 0
                }
                let object = LibXML2.withXMLChars(expression) { xmlXPathEvalExpression($0, context) }
                guard let object else {
                    let reason = collector.issues.map(\.message).joined(separator: "; ")
                    throw XMLError.invalidXPath(reason.isEmpty ? expression : "\(expression): \(reason)")
                }
                defer { xmlXPathFreeObject(object) }
                return try read(object)
            }
        }
    }
}
