import CLibXML2
import Foundation

/// A thin wrapper over libxml2's `xmlTextWriter` writing into a memory
/// buffer. libxml2 does all escaping of text and attribute values; this type
/// only refuses input that no escaping can represent (invalid names, control
/// characters) so the output is always well-formed.
///
/// Namespaces are declared explicitly with `writeNamespace(prefix:uri:)`
/// rather than through `xmlTextWriterStartElementNS`'s URI argument, which
/// re-declares the prefix on every element it is given.
///
/// Not thread-safe: one writer per document, used from one thread.
public final class XMLDocumentWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var openElements = 0
    private var finished = false

    /// - Parameter indent: pretty-print with `indentString` per level.
    public init(indent: Bool = true, indentString: String = "  ") throws {
        LibXML2.ensureInitialized()
        guard let buffer = xmlBufferCreate() else {
            throw XMLError.libxml2Failure(operation: "xmlBufferCreate")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError.libxml2Failure(operation: "xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            try LibXML2.withXMLChars(indentString) {
                try check(xmlTextWriterSetIndentString(writer, $0), "xmlTextWriterSetIndentString")
            }
        }
    }

    deinit {
        // Freeing the writer flushes into the buffer, so the buffer goes last.
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens `<prefix:name>`. The prefix must be declared on this element or
    /// an ancestor with `writeNamespace`.
    public func startElement(_ name: String, prefix: String? = nil) throws {
        try requireName(name)
        if let prefix { try requireName(prefix) }
        try LibXML2.withOptionalXMLChars(prefix) { prefixChars in
            try LibXML2.withXMLChars(name) { nameChars in
                try check(xmlTextWriterStartElementNS(writer, prefixChars, nameChars, nil),
                          "xmlTextWriterStartElementNS(\(name))")
            }
        }
        openElements += 1
    }

    /// Closes the innermost open element (as `<x/>` when it is empty).
    public func endElement() throws {
        guard openElements > 0 else {
            throw XMLError.unbalancedElements("endElement() with no open element")
        }
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
        openElements -= 1
    }

    /// Writes `prefix:name="value"` on the element just started.
    public func writeAttribute(_ name: String, _ value: String, prefix: String? = nil) throws {
        try requireName(name)
        if let prefix { try requireName(prefix) }
        try requireText(value, context: "attribute \(name)")
        try LibXML2.withOptionalXMLChars(prefix) { prefixChars in
            try LibXML2.withXMLChars(name) { nameChars in
                try LibXML2.withXMLChars(value) { valueChars in
                    try check(xmlTextWriterWriteAttributeNS(writer, prefixChars, nameChars, nil, valueChars),
                              "xmlTextWriterWriteAttributeNS(\(name))")
                }
            }
        }
    }

    /// Declares `xmlns:prefix="uri"`, or the default namespace when `prefix`
    /// is nil, on the element just started.
    public func writeNamespace(prefix: String?, uri: String) throws {
        if let prefix { try requireName(prefix) }
        try requireText(uri, context: "namespace \(uri)")
        let attribute = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        try LibXML2.withXMLChars(attribute) { nameChars in
            try LibXML2.withXMLChars(uri) { uriChars in
                try check(xmlTextWriterWriteAttribute(writer, nameChars, uriChars),
                          "xmlTextWriterWriteAttribute(\(attribute))")
            }
        }
    }

    /// Writes character data, escaped by libxml2.
    public func writeText(_ text: String) throws {
        try requireText(text, context: "text")
        try LibXML2.withXMLChars(text) {
            try check(xmlTextWriterWriteString(writer, $0), "xmlTextWriterWriteString")
        }
    }

    /// Convenience: `<prefix:name>text</prefix:name>`.
    public func writeElement(_ name: String, prefix: String? = nil, text: String) throws {
        try startElement(name, prefix: prefix)
        try writeText(text)
        try endElement()
    }

    /// Ends the document and returns its UTF-8 bytes. All elements must have
    /// been closed, so a forgotten `endElement` is an error, not silently fixed.
    public func finish() throws -> Data {
        guard !finished else { throw XMLError.unbalancedElements("finish() called twice") }
        guard openElements == 0 else {
            throw XMLError.unbalancedElements("\(openElements) element(s) still open at finish()")
        }
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        finished = true
        guard let content = xmlBufferContent(buffer) else {
            throw XMLError.libxml2Failure(operation: "xmlBufferContent")
        }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    // MARK: - Private

    private func check(_ result: Int32, _ operation: String) throws {
        if result < 0 { throw XMLError.libxml2Failure(operation: operation) }
    }

    private func requireName(_ name: String) throws {
        guard LibXML2.isNCName(name) else { throw XMLError.invalidName(name) }
    }

    private func requireText(_ text: String, context: String) throws {
        // withCString would cut the string at an embedded NUL; isXMLText
        // rejects U+0000 along with the other disallowed controls.
        guard LibXML2.isXMLText(text) else { throw XMLError.invalidCharacters(context: context) }
    }
}
