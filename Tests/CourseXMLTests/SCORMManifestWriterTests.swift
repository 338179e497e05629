import CourseXML
import Foundation
import Testing

@Suite("SCORM 1.2 manifest writer")
struct SCORMManifestWriterTests {
    @Test("a manifest with nested items, SCO and asset resources and a shared dependency validates in-process")
    func sampleValidatesInProcess() throws {
        let data = try SCORMManifestWriter.write(TestSupport.sampleManifest())
        let issues = XMLSchemaValidator.scorm12.validate(data, documentName: "imsmanifest.xml")
        #expect(issues.isEmpty, "\(issues)")
        #expect(try SCORMManifestWriter.writeValidated(TestSupport.sampleManifest()) == data)
    }

    @Test("the sample manifest validates with xmllint against the shared schema folder",
          .enabled(if: TestSupport.schemaFolder != nil, "\(TestSupport.schemaFolderMissing)"),
          .enabled(if: TestSupport.xmllint != nil, "xmllint not installed"))
    func sampleValidatesWithXmllint() throws {
        let data = try SCORMManifestWriter.write(TestSupport.sampleManifest())
        let result = try TestSupport.xmllintValidate(
            data, schemaFolder: try #require(TestSupport.schemaFolder), xmllint: try #require(TestSupport.xmllint))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validates"))
    }

    @Test("structure: namespaces, metadata order, nesting, mastery score, resources")
    func structure() throws {
        let data = try SCORMManifestWriter.write(TestSupport.sampleManifest())
        let doc = try XMLDocumentChecker(data: data, namespaces: TestSupport.namespaces)
        #expect(try doc.string("/cp:manifest/@identifier") == "MANIFEST-safety-basics")
        #expect(try doc.string("/cp:manifest/cp:metadata/cp:schema") == "ADL SCORM")
        #expect(try doc.string("/cp:manifest/cp:metadata/cp:schemaversion") == "1.2")
        // imsmd:general ends in an ##any wildcard, so the schema would accept
        // several orders; the declared sequence is asserted here instead.
        let general = "/cp:manifest/cp:metadata/imsmd:lom/imsmd:general/*"
        #expect(try (1...5).map { try doc.string("local-name((\(general))[\($0)])") }
                == ["title", "language", "description", "keyword", "keyword"])
        #expect(try doc.string("local-name(/cp:manifest/cp:metadata/imsmd:lom/*[2])") == "lifecycle")
        #expect(try doc.string("local-name(/cp:manifest/*[1])") == "metadata")
        #expect(try doc.strings("//imsmd:general/imsmd:keyword/imsmd:langstring") == ["safety", "basics"])
        #expect(try doc.string("//imsmd:general/imsmd:title/imsmd:langstring/@xml:lang") == "en")
        #expect(try doc.string("//imsmd:lifecycle/imsmd:version/imsmd:langstring") == "1.0.0")
        #expect(try doc.string("/cp:manifest/cp:organizations/@default") == "ORG-1")
        #expect(try doc.strings("//cp:organization/cp:item/@identifier") == ["ITEM-module-1", "ITEM-glossary"])
        #expect(try doc.strings("//cp:item[@identifier='ITEM-module-1']/cp:item/@identifierref")
                == ["RES-lesson-1", "RES-quiz-1"])
        #expect(try doc.strings("//cp:item/adlcp:masteryscore") == ["80"])
        #expect(try doc.string("//cp:item[adlcp:masteryscore]/@identifier") == "ITEM-quiz-1")
        #expect(try doc.strings("//cp:resource/@adlcp:scormtype") == ["sco", "sco", "asset", "asset"])
        #expect(try doc.count("//cp:resource/cp:dependency[@identifierref='RES-shared']") == 3)
        #expect(try doc.strings("//cp:resource[@identifier='RES-quiz-1']/cp:file/@href")
                == ["quiz-1/index.html", "quiz-1/quiz.js"])
        #expect(try doc.count("//cp:resource[@identifier='RES-shared']/@href") == 0)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest"))
        #expect(text.contains("\n  <metadata>\n"), "indentation is on")
    }

    @Test("titles with markup characters and emoji round-trip through libxml2 and validate")
    func escapingRoundTrip() throws {
        let nasty = #"Fish & Chips <b>"quoted"</b> 'single' ]]> 🐟👩‍👩‍👧 &amp; done"#
        var manifest = TestSupport.sampleManifest(title: nasty)
        manifest.metadata.description = nasty
        manifest.metadata.keywords = [nasty]
        manifest.organization.items[1].title = nasty
        let data = try SCORMManifestWriter.writeValidated(manifest)

        let doc = try XMLDocumentChecker(data: data, namespaces: TestSupport.namespaces)
        #expect(try doc.string("//cp:organization/cp:title") == nasty)
        #expect(try doc.string("//cp:item[@identifier='ITEM-glossary']/cp:title") == nasty)
        #expect(try doc.string("//imsmd:general/imsmd:title/imsmd:langstring") == nasty)
        #expect(try doc.string("//imsmd:general/imsmd:description/imsmd:langstring") == nasty)
        #expect(try doc.string("//imsmd:general/imsmd:keyword/imsmd:langstring") == nasty)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Fish &amp; Chips &lt;b&gt;"))
        #expect(text.contains("&amp;amp;"))
    }

    @Test("attribute values with quotes, ampersands and line breaks round-trip")
    func attributeEscaping() throws {
        var manifest = TestSupport.sampleManifest()
        let odd = "dir with \"quotes\" & 'apostrophes'\tand\nbreaks/<index>.html"
        manifest.resources[3].files = [odd]
        let data = try SCORMManifestWriter.writeValidated(manifest)
        let doc = try XMLDocumentChecker(data: data, namespaces: TestSupport.namespaces)
        #expect(try doc.string("//cp:resource[@identifier='RES-shared']/cp:file/@href") == odd)
    }

    @Test("an over-long title written raw yields a located issue and writeValidated throws")
    func overlongTitleIsReported() throws {
        var manifest = TestSupport.sampleManifest()
        manifest.organization.items[0].children[0].title = String(repeating: "x", count: 300)
        let data = try SCORMManifestWriter.write(manifest)
        let issues = XMLSchemaValidator.scorm12.validate(data, documentName: "imsmanifest.xml")
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.kind == .validity)
        #expect(issue.message.description.contains("maxLength"), "\(issue.message)")
        let titleLine = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains(String(repeating: "x", count: 300)) }
        #expect(issue.line == titleLine.map { $0 + 1 })

        #expect {
            try SCORMManifestWriter.writeValidated(manifest)
        } throws: { error in
            guard case XMLError.invalidManifest(let thrown) = error else { return false }
            return thrown == issues
        }
    }

    @Test("an identifier starting with a digit is rejected by the schema")
    func digitIdentifierIsReported() throws {
        var manifest = TestSupport.sampleManifest()
        manifest.organization.items[1].identifier = "1-glossary"
        let issues = XMLSchemaValidator.scorm12.validate(try SCORMManifestWriter.write(manifest),
                                                         documentName: "imsmanifest.xml")
        #expect(issues.count == 1)
        #expect(issues.first?.message.description.contains("xs:ID") == true, "\(issues)")
        #expect((issues.first?.line ?? 0) > 1)
        #expect(throws: XMLError.self) { try SCORMManifestWriter.writeValidated(manifest) }
    }

    @Test("duplicate identifiers are rejected")
    func duplicateIdentifierIsReported() throws {
        var manifest = TestSupport.sampleManifest()
        manifest.resources[0].identifier = "ITEM-glossary"
        #expect(throws: XMLError.self) { try SCORMManifestWriter.writeValidated(manifest) }
    }

    @Test("a mastery score on an item with children is written after them, as the schema requires")
    func masteryScoreAfterChildren() throws {
        var manifest = TestSupport.sampleManifest()
        manifest.organization.items[0].masteryScore = 75
        let data = try SCORMManifestWriter.writeValidated(manifest)
        let doc = try XMLDocumentChecker(data: data, namespaces: TestSupport.namespaces)
        #expect(try doc.string("local-name(//cp:item[@identifier='ITEM-module-1']/*[last()])") == "masteryscore")
    }

    @Test("a mastery score outside 0…100 is refused before writing")
    func masteryScoreRange() {
        var manifest = TestSupport.sampleManifest()
        manifest.organization.items[1].masteryScore = 101
        #expect(throws: XMLError.self) { try SCORMManifestWriter.write(manifest) }
    }
}
