import CLibXML2
import Foundation

/// Shared plumbing for the libxml2 wrappers: one-time initialisation, error
/// capture, string conversion and in-memory parsing.
enum LibXML2 {
    /// `xmlInitParser` is not safe to race on first use; a `static let`
    /// initialiser runs exactly once, whichever thread gets there first.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    // MARK: - Strings

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` (UTF-8) pointer.
    static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try string.withCString { pointer in
            try pointer.withMemoryRebound(to: xmlChar.self, capacity: strlen(pointer) + 1, body)
        }
    }

    static func withOptionalXMLChars<R>(_ string: String?, _ body: (UnsafePointer<xmlChar>?) throws -> R) rethrows -> R {
        guard let string else { return try body(nil) }
        return try withXMLChars(string) { try body($0) }
    }

    static func string(_ chars: UnsafePointer<xmlChar>?) -> String? {
        guard let chars else { return nil }
        return String(cString: chars)
    }

    /// XML 1.0 `Char`: libxml2's writer escapes markup characters but writes
    /// anything else verbatim, so text that would make the output unparsable
    /// must be refused before it reaches the writer. (Swift strings cannot
    /// hold unpaired surrogates, so only the code point ranges matter here.)
    static func isXMLText(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }
    }

    static func isNCName(_ name: String) -> Bool {
        guard !name.isEmpty, isXMLText(name), !name.contains("\0") else { return false }
        return withXMLChars(name) { xmlValidateNCName($0, 0) == 0 }
    }

    // MARK: - Error capture

    /// Receives libxml2's structured errors for one operation on one thread.
    /// Passed to C as an unretained pointer; the owner keeps it alive for the
    /// duration of the call.
    final class IssueCollector {
        let documentName: String
        var issues: [XMLValidationIssue] = []

        init(documentName: String) {
            self.documentName = documentName
        }

        var opaque: UnsafeMutableRawPointer {
            Unmanaged.passUnretained(self).toOpaque()
        }

        static func from(_ pointer: UnsafeMutableRawPointer) -> IssueCollector {
            Unmanaged<IssueCollector>.fromOpaque(pointer).takeUnretainedValue()
        }

        func record(_ error: UnsafePointer<xmlError>) {
            let e = error.pointee
            var message = e.message.map { String(cString: $0) } ?? "unknown libxml2 error"
            while message.last?.isNewline == true { message.removeLast() }
            var line = Int(e.line)
            if line <= 0, let node = e.node {
                line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
            }
            let domain = xmlErrorDomain(UInt32(e.domain))
            let isValidity = domain == XML_FROM_SCHEMASV || domain == XML_FROM_SCHEMASP || domain == XML_FROM_VALID
            // int2 holds the column only for errors raised by the parser itself.
            let column = (!isValidity && e.int2 > 0) ? Int(e.int2) : nil
            let severity: XMLValidationIssue.Severity
            switch e.level {
            case XML_ERR_WARNING: severity = .warning
            case XML_ERR_FATAL: severity = .fatal
            default: severity = .error
            }
            issues.append(XMLValidationIssue(
                documentName: documentName, line: line > 0 ? line : nil, column: column,
                severity: severity, kind: isValidity ? .validity : .wellFormedness, message: message))
        }
    }

    /// Handler for APIs whose user data is the collector itself
    /// (xmlSchemaSetValidStructuredErrors, xmlSchemaSetParserStructuredErrors).
    static var collectorErrorHandler: xmlStructuredErrorFunc {
        { userData, error in
            guard let userData, let error else { return }
            IssueCollector.from(userData).record(error)
        }
    }

    /// Handler installed as a parser context's SAX `serror`: libxml2 passes the
    /// context's `userData`, which is the context itself for DOM parsing, and
    /// the collector lives in the context's `_private` (reserved for callers).
    private static var parserErrorHandler: xmlStructuredErrorFunc {
        { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let collector = context.pointee._private else { return }
            IssueCollector.from(collector).record(error)
        }
    }

    /// Routes errors that have no context-specific handler (for instance
    /// "failed to load external entity" while the schema parser reads an
    /// import) to `collector` instead of stderr, for the duration of `body`.
    /// libxml2 keeps this handler per thread, and `body` runs synchronously on
    /// this thread, so other threads are unaffected; the default (none) is
    /// restored afterwards.
    static func withThreadErrorHandler<R>(_ collector: IssueCollector, _ body: () throws -> R) rethrows -> R {
        xmlSetStructuredErrorFunc(collector.opaque, collectorErrorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(collector) { try body() }
    }

    // MARK: - Parsing

    /// Never network access (NONET), never entity substitution or DTD loading
    /// (both off by default; a document that declares entities is reported
    /// as an issue by `parseXML`), nothing printed (NOERROR/NOWARNING: messages go
    /// to the structured handler instead), and line numbers past 65535.
    private static let parseOptions = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue |
        XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `data` into a document the caller must free with `xmlFreeDoc`.
    /// Returns nil when the bytes are not well-formed; the reasons are in
    /// `collector.issues`.
    static func parseXML(_ data: Data, collector: IssueCollector) throws -> xmlDocPtr? {
        ensureInitialized()
        guard data.count < Int(Int32.max) else {
            throw XMLError.invalidValue("document larger than 2 GiB")
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLError.libxml2Failure(operation: "xmlNewParserCtxt")
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.serror = parserErrorHandler
        context.pointee._private = collector.opaque
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                     collector.documentName, nil, parseOptions)
        }
        if let subset = document?.pointee.intSubset, subset.pointee.entities != nil || subset.pointee.pentities != nil {
            // Never expanded here (no NOENT), but another reader might:
            // external ones read files (XXE), nested ones explode in size.
            collector.issues.append(XMLValidationIssue(
                documentName: collector.documentName, line: nil,
                severity: .fatal, kind: .wellFormedness,
                message: "the document declares entities (<!ENTITY …>), which are not allowed"))
        }
        if data.isEmpty {
            collector.issues.append(XMLValidationIssue(
                documentName: collector.documentName, line: 1, severity: .fatal,
                kind: .wellFormedness, message: "Document is empty"))
        } else if document == nil, collector.issues.isEmpty {
            collector.issues.append(XMLValidationIssue(
                documentName: collector.documentName, line: nil, severity: .fatal,
                kind: .wellFormedness, message: "Document could not be parsed"))
        }
        return document
    }
}
