import CourseXML
import Dispatch
import Foundation
import Testing

@Suite("XML schema validator")
struct XMLSchemaValidatorTests {
    private func sampleText() throws -> String {
        String(decoding: try SCORMManifestWriter.write(TestSupport.sampleManifest()), as: UTF8.self)
    }

    /// 1-based number of the first line containing `needle`.
    private func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains(needle) }
            .map { $0 + 1 }
    }

    @Test("an unknown scormtype, edited into the XML, is reported on its line")
    func unknownScormType() throws {
        let text = try sampleText().replacingOccurrences(
            of: #"identifier="RES-glossary" type="webcontent" adlcp:scormtype="asset""#,
            with: #"identifier="RES-glossary" type="webcontent" adlcp:scormtype="foo""#)
        let issues = XMLSchemaValidator.scorm12.validate(Data(text.utf8), documentName: "edited.xml")
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.line == line(of: #"scormtype="foo""#, in: text))
        #expect(issue.message.description.contains("'foo'"))
        #expect(issue.severity == .error)
        #expect(issue.documentName == "edited.xml")
        #expect(issue.description.hasPrefix("edited.xml:\(issue.line ?? -1): error: "))
    }

    @Test("masteryscore before the child items violates the item sequence")
    func elementOrderMatters() throws {
        let writer = try XMLDocumentWriter()
        try writer.startDocument()
        try writer.startElement("manifest")
        try writer.writeNamespace(prefix: nil, uri: TestSupport.namespaces["cp"]!)
        try writer.writeNamespace(prefix: "adlcp", uri: TestSupport.namespaces["adlcp"]!)
        try writer.writeAttribute("identifier", "M")
        try writer.startElement("organizations")
        try writer.startElement("organization")
        try writer.writeAttribute("identifier", "O")
        try writer.startElement("item")
        try writer.writeAttribute("identifier", "I")
        try writer.writeElement("masteryscore", prefix: "adlcp", text: "80")
        try writer.startElement("item")
        try writer.writeAttribute("identifier", "J")
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("resources")
        try writer.endElement()
        try writer.endElement()
        let data = try writer.finish()
        let issues = XMLSchemaValidator.scorm12.validate(data, documentName: "order.xml")
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.line == line(of: #"identifier="J""#, in: String(decoding: data, as: UTF8.self)))
    }

    @Test("well-formedness errors are issues with line and column, nothing is printed")
    func notWellFormed() throws {
        let text = "<?xml version=\"1.0\"?>\n<manifest>\n  <organizations>\n</manifest>\n"
        let issues = XMLSchemaValidator.scorm12.validate(Data(text.utf8), documentName: "broken.xml")
        let issue = try #require(issues.first)
        #expect(issue.kind == .wellFormedness)
        #expect(issue.severity == .fatal)
        #expect(issue.line == 4)
        #expect(issue.column != nil)
    }

    @Test("undeclared namespace prefixes and empty input are reported")
    func otherParseProblems() throws {
        let undeclared = XMLSchemaValidator.scorm12.validate(Data("<a:manifest/>".utf8), documentName: "ns.xml")
        #expect(undeclared.contains { $0.kind == .wellFormedness && $0.message.description.contains("prefix") }, "\(undeclared)")
        let empty = XMLSchemaValidator.scorm12.validate(Data(), documentName: "empty.xml")
        #expect(empty.count == 1)
        #expect(empty.first?.severity == .fatal)
    }

    @Test("a schema folder that does not compile throws schemaLoadFailed")
    func brokenSchema() throws {
        #expect {
            _ = try XMLSchemaValidator(schemaFiles: ["s.xsd": "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:element/></xsd:schema>"],
                                       entryPoint: "s.xsd")
        } throws: { error in
            guard case XMLError.schemaLoadFailed(let issues) = error else { return false }
            return !issues.isEmpty
        }
    }

    @Test("a missing schema file or import throws schemaLoadFailed")
    func missingSchema() throws {
        // The I/O failure is captured as an issue rather than printed.
        #expect {
            _ = try XMLSchemaValidator(schemaFile: URL(fileURLWithPath: "/nonexistent/coursec/scorm12.xsd"))
        } throws: { error in
            guard case XMLError.schemaLoadFailed(let issues) = error else { return false }
            return issues.contains { $0.message.description.contains("failed to load") }
        }
        let importsMissing = #"""
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <xsd:include schemaLocation="missing.xsd"/>
              <xsd:element name="a" type="missingType"/>
            </xsd:schema>
            """#
        #expect(throws: XMLError.self) {
            _ = try XMLSchemaValidator(schemaFiles: ["s.xsd": importsMissing], entryPoint: "s.xsd")
        }
    }

    @Test("a schema compiled from a folder validates like the embedded one",
          .enabled(if: TestSupport.schemaFolder != nil, "\(TestSupport.schemaFolderMissing)"))
    func schemaFromFolder() throws {
        let folder = try #require(TestSupport.schemaFolder)
        let validator = try XMLSchemaValidator(schemaFile: folder.appendingPathComponent("scorm12.xsd"))
        let good = try SCORMManifestWriter.write(TestSupport.sampleManifest())
        #expect(validator.validate(good, documentName: "a.xml").isEmpty)
        let bad = Data(try sampleText().replacingOccurrences(of: "ITEM-glossary", with: "9").utf8)
        #expect(validator.validate(bad, documentName: "b.xml")
                == XMLSchemaValidator.scorm12.validate(bad, documentName: "b.xml"))
    }

    @Test("one validator used from 8 threads at once gives the sequential results")
    func concurrentValidation() throws {
        var longTitle = TestSupport.sampleManifest()
        longTitle.organization.title = String(repeating: "y", count: 250)
        let documents: [Data] = [
            try SCORMManifestWriter.write(TestSupport.sampleManifest()),
            try SCORMManifestWriter.write(longTitle),
            Data(try sampleText().replacingOccurrences(of: #"scormtype="sco""#, with: #"scormtype="x""#).utf8),
            Data("<manifest><unclosed></manifest>".utf8),
        ]
        let validator = XMLSchemaValidator.scorm12
        let expected = documents.enumerated().map { validator.validate($1, documentName: "doc\($0).xml") }
        #expect(expected[0].isEmpty)
        #expect(expected[1].count == 1)
        #expect(expected[2].count == 2)
        #expect(expected[3].first?.kind == .wellFormedness)

        let results = ResultBox(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let which = index % documents.count
            results.set(index, validator.validate(documents[which], documentName: "doc\(which).xml"))
        }
        for index in 0..<8 {
            #expect(results.get(index) == expected[index % documents.count], "iteration \(index)")
        }
    }
}

/// Collects results written from `concurrentPerform`'s threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[XMLValidationIssue]?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: [XMLValidationIssue]) {
        lock.withLock { values[index] = value }
    }

    func get(_ index: Int) -> [XMLValidationIssue]? {
        lock.withLock { values[index] }
    }
}
