/// Errors thrown by the CourseXML wrappers. Messages from libxml2 are carried
/// as `XMLValidationIssue`s so that callers can report them with line numbers.
public enum XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A libxml2 call failed (out of memory, writer in the wrong state, …).
    case libxml2Failure(operation: String)
    /// An element, attribute or prefix name that is not an XML NCName.
    case invalidName(String)
    /// Text contains characters that XML 1.0 cannot represent at all (most C0
    /// controls, unpaired surrogates, U+FFFE/U+FFFF); escaping cannot help.
    case invalidCharacters(context: String)
    /// `endElement()` without a matching `startElement`, or `finish()` with
    /// elements still open.
    case unbalancedElements(String)
    /// The document is not well-formed XML (or HTML could not be parsed).
    case notWellFormed([XMLValidationIssue])
    /// A schema set could not be read or compiled.
    case schemaLoadFailed([XMLValidationIssue])
    /// A generated manifest does not validate against its schemas.
    case invalidManifest([XMLValidationIssue])
    /// A model value the writer refuses before any XML is produced.
    case invalidValue(String)
    /// An XPath expression libxml2 could not compile or evaluate.
    case invalidXPath(String)

    public var description: String {
        switch self {
        case .libxml2Failure(let operation):
            return "libxml2 failed: \(operation)"
        case .invalidName(let name):
            return "not a valid XML name: \(name.debugDescription)"
        case .invalidCharacters(let context):
            return "text contains characters not allowed in XML 1.0 (\(context))"
        case .unbalancedElements(let detail):
            return "unbalanced elements: \(detail)"
        case .notWellFormed(let issues):
            return "document is not well-formed:\n" + issues.map(\.description).joined(separator: "\n")
        case .schemaLoadFailed(let issues):
            return "schema could not be loaded:\n" + issues.map(\.description).joined(separator: "\n")
        case .invalidManifest(let issues):
            return "manifest does not validate:\n" + issues.map(\.description).joined(separator: "\n")
        case .invalidValue(let detail):
            return "invalid value: \(detail)"
        case .invalidXPath(let expression):
            return "invalid XPath expression: \(expression)"
        }
    }
}
