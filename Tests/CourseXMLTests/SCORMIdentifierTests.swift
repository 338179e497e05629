import CourseXML
import Foundation
import Testing

@Suite("SCORM identifiers and titles")
struct SCORMIdentifierTests {
    static let inputs = [
        "lesson-1", "Lesson-1", "lesson 1", "lesson_1", "lesson__1", "lesson_20_1", "lesson.1",
        "1-intro", "-intro", ".hidden", "_-1-intro", "_", "__", "_-", "", " ", "  ",
        "über", "u\u{308}ber", "a/b", "a:b", "a_3A_b", "😀", "👩‍👩‍👧", "x\u{0}y", "Module 2: Intro (Part A)",
    ]

    @Test("identifiers are deterministic, distinct for distinct inputs, and keep simple names")
    func identifierTable() {
        let outputs = Self.inputs.map(SCORMIdentifier.make(from:))
        #expect(Set(outputs).count == Self.inputs.count, "\(outputs)")
        #expect(outputs == Self.inputs.map(SCORMIdentifier.make(from:)))
        #expect(SCORMIdentifier.make(from: "lesson-1") == "lesson-1")
        #expect(SCORMIdentifier.make(from: "lesson 1") == "lesson_20_1")
        #expect(SCORMIdentifier.make(from: "lesson_1") == "lesson__1")
        #expect(SCORMIdentifier.make(from: "1-intro") == "_-1-intro")
        #expect(SCORMIdentifier.make(from: "") == "_-")
        for output in outputs {
            let first = output.unicodeScalars.first!
            #expect(!("0"..."9").contains(first) && first != "-" && first != ".", "\(output)")
            #expect(output.unicodeScalars.allSatisfy { $0.isASCII }, "\(output)")
        }
    }

    @Test("every identifier is a valid xsd:ID according to the schema")
    func identifiersValidate() throws {
        var manifest = TestSupport.sampleManifest()
        manifest.organization.items = Self.inputs.map {
            SCORMItem(identifier: SCORMIdentifier.make(from: $0), title: "t")
        }
        // The schema also checks that IDs are unique within the document.
        let data = try SCORMManifestWriter.writeValidated(manifest)
        let doc = try XMLDocumentChecker(data: data, namespaces: TestSupport.namespaces)
        #expect(try doc.count("//cp:organization/cp:item") == Self.inputs.count)
    }

    @Test("short and exact-length titles are unchanged")
    func titleUnchanged() {
        #expect(SCORMTitle.limit("Intro") == ("Intro", false))
        let exact = String(repeating: "a", count: 199) + "😀"
        let result = SCORMTitle.limit(exact)
        #expect(result.title == exact && !result.wasShortened)
    }

    @Test("long titles are cut on a character boundary and end with an ellipsis",
          arguments: [
              // (prefix, emoji at the boundary, expected kept prefix)
              (String(repeating: "a", count: 198), "👩‍👩‍👧", String(repeating: "a", count: 198)),
              (String(repeating: "a", count: 198), "🇩🇪", String(repeating: "a", count: 198)),
              (String(repeating: "a", count: 197), "😀", String(repeating: "a", count: 197) + "😀x"),
              (String(repeating: "a", count: 198), "👍🏽", String(repeating: "a", count: 198)),
              (String(repeating: "é", count: 199), "e\u{301}", String(repeating: "é", count: 199)),
          ])
    func titleShortened(prefix: String, emoji: String, kept: String) throws {
        let title = prefix + emoji + String(repeating: "x", count: 20)
        let result = SCORMTitle.limit(title)
        #expect(result.wasShortened)
        #expect(result.title == kept + "…")
        #expect(result.title.unicodeScalars.count <= 200)
        #expect(result.title.hasPrefix(kept))

        var manifest = TestSupport.sampleManifest(title: result.title)
        manifest.organization.items[0].title = result.title
        _ = try SCORMManifestWriter.writeValidated(manifest)
        // Unshortened, the same title is rejected: the limiter is what makes it valid.
        manifest.organization.items[0].title = title
        #expect(throws: XMLError.self) { try SCORMManifestWriter.writeValidated(manifest) }
    }

    @Test("trailing spaces before the ellipsis are dropped; other limits work")
    func titleOtherLimits() {
        #expect(SCORMTitle.limit("Hello wonderful world", maxCharacters: 7) == ("Hello…", true))
        #expect(SCORMTitle.limit("abc", maxCharacters: 1) == ("…", true))
    }
}
