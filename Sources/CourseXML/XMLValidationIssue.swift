/// One message from libxml2 about a document: a well-formedness error from
/// parsing or a validity error from schema validation.
public struct XMLValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case warning, error, fatal
    }

    public enum Kind: String, Hashable, Sendable {
        /// Reported by the XML parser: the bytes are not well-formed XML.
        case wellFormedness
        /// Reported by the schema validator (or the schema parser).
        case validity
    }

    public var documentName: String
    /// 1-based line, or nil when libxml2 does not know it.
    public var line: Int?
    /// 1-based column; libxml2 only reports it for parser errors.
    public var column: Int?
    public var severity: Severity
    public var kind: Kind
    /// libxml2's message, without the trailing line break.
    public var message: String

    public init(documentName: String, line: Int?, column: Int? = nil,
                severity: Severity, kind: Kind, message: String) {
        self.documentName = documentName
        self.line = line
        self.column = column
        self.severity = severity
        self.kind = kind
        self.message = message
    }

    /// `name:line:column: severity: message`, the usual compiler format.
    public var description: String {
        var location = documentName
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
