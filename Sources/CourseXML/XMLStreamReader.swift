import CLibXML2
import Foundation

/// Reads an XML document as a stream of events (libxml2's text reader),
/// pulling its bytes piece by piece, so a large document is never held
/// whole. Used to vet documents we did not write (an author's SVG).
///
/// Parsed as `LibXML2.parseXML` does: no network, no DTD loading, no
/// entity substitution. A document type whose internal subset declares
/// entities is reported through `XMLStreamEvent.documentType`, so callers
/// can refuse it instead of reasoning about what the entities expand to.
public enum XMLStreamReader {
    /// One thing found in the document, in document order.
    public enum Event: Equatable, Sendable {
        /// A start tag; `isEmpty` when it is also its end (`<g/>`).
        case startElement(XMLName, attributes: [XMLAttribute], isEmpty: Bool)
        case endElement(XMLName)
        /// Character data (text or CDATA) inside the current element.
        case text(String)
        case processingInstruction(target: String, data: String)
        /// `<!DOCTYPE …>`; `declaresEntities` when its internal subset has
        /// `<!ENTITY …>` declarations (general or parameter).
        case documentType(name: String, declaresEntities: Bool)
    }

    public struct XMLName: Equatable, Sendable {
        public var localName: String
        public var namespace: String?
    }

    public struct XMLAttribute: Equatable, Sendable {
        public var name: XMLName
        /// The value as the document means it (character references decoded).
        public var value: String
    }

    /// Reads the document whose bytes `next` returns piece by piece (nil at
    /// the end), handing each event to `handle`, which returns false to
    /// stop early. Returns the well-formedness problems found (empty for a
    /// well-formed document, or one stopped early without problems).
    /// An error `next` throws ends the reading and is rethrown.
    public static func read(documentName: String, next: @escaping () throws -> [UInt8]?,
                            _ handle: (Event) -> Bool) throws -> [XMLValidationIssue] {
        LibXML2.ensureInitialized()
        let input = Input(next)
        let collector = LibXML2.IssueCollector(documentName: documentName)
        return try withExtendedLifetime((input, collector)) {
            guard let reader = xmlReaderForIO(Input.readCallback, nil, Unmanaged.passUnretained(input).toOpaque(),
                                              documentName, nil, options) else {
                throw XMLError.libxml2Failure(operation: "xmlReaderForIO")
            }
            defer { xmlFreeTextReader(reader) }
            xmlTextReaderSetStructuredErrorHandler(reader, { userData, error in
                guard let userData, let error else { return }
                LibXML2.IssueCollector.from(userData).record(error)
            }, collector.opaque)
            var status = xmlTextReaderRead(reader)
            while status == 1 {
                if let event = event(reader), !handle(event) { break }
                status = xmlTextReaderRead(reader)
            }
            if let failure = input.failure { throw failure }
            if status < 0, collector.issues.isEmpty {
                collector.issues.append(XMLValidationIssue(documentName: documentName, line: nil, severity: .fatal,
                                                           kind: .wellFormedness, message: "Document could not be parsed"))
            }
            return collector.issues.filter { $0.severity != .warning }
        }
    }

    private static let options = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue |
        XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    private static func event(_ reader: xmlTextReaderPtr) -> Event? {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            let name = currentName(reader)
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            var attributes: [XMLAttribute] = []
            if xmlTextReaderHasAttributes(reader) == 1 {
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    let value = LibXML2.string(xmlTextReaderConstValue(reader)) ?? ""
                    attributes.append(XMLAttribute(name: currentName(reader), value: value))
                }
                xmlTextReaderMoveToElement(reader)
            }
            return .startElement(name, attributes: attributes, isEmpty: isEmpty)
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            return .endElement(currentName(reader))
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
            return .text(LibXML2.string(xmlTextReaderConstValue(reader)) ?? "")
        case Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue):
            return .processingInstruction(target: LibXML2.string(xmlTextReaderConstLocalName(reader)) ?? "",
                                          data: LibXML2.string(xmlTextReaderConstValue(reader)) ?? "")
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            var declares = false
            if let document = xmlTextReaderCurrentDoc(reader), let subset = document.pointee.intSubset {
                declares = subset.pointee.entities != nil || subset.pointee.pentities != nil
            }
            return .documentType(name: LibXML2.string(xmlTextReaderConstName(reader)) ?? "", declaresEntities: declares)
        default:
            return nil
        }
    }

    private static func currentName(_ reader: xmlTextReaderPtr) -> XMLName {
        XMLName(localName: LibXML2.string(xmlTextReaderConstLocalName(reader)) ?? "",
                namespace: LibXML2.string(xmlTextReaderConstNamespaceUri(reader)))
    }

    /// The pull callback's state: pieces from `next`, handed to libxml2 in
    /// the sizes it asks for.
    private final class Input {
        let next: () throws -> [UInt8]?
        var pending: [UInt8] = []
        var offset = 0
        var failure: Error?

        init(_ next: @escaping () throws -> [UInt8]?) { self.next = next }

        static let readCallback: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let input = Unmanaged<Input>.fromOpaque(context).takeUnretainedValue()
            while input.offset == input.pending.count {
                do {
                    guard let piece = try input.next() else { return 0 }
                    input.pending = piece
                    input.offset = 0
                } catch {
                    input.failure = error
                    return -1
                }
            }
            let count = min(Int(length), input.pending.count - input.offset)
            input.pending.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + input.offset, byteCount: count)
            }
            input.offset += count
            return Int32(count)
        }
    }
}
