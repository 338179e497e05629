import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup with Foundation's XML parser.
enum XMLCheck {
    static func isWellFormed(_ markup: String) -> Bool {
        let parser = XMLParser(data: Data(("<root>" + markup + "</root>").utf8))
        return parser.parse()
    }

    /// The parse error for markup that is not well-formed, for messages.
    static func problem(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(("<root>" + markup + "</root>").utf8))
        return parser.parse() ? nil : String(describing: parser.parserError)
    }
}
