@testable import CourseXML
import Foundation
import Testing

@Suite("Embedded SCORM 1.2 schemas")
struct SchemaEmbeddingTests {
    @Test("embedded files equal ../shared/schemas/scorm12 byte for byte",
          .enabled(if: TestSupport.schemaFolder != nil, "\(TestSupport.schemaFolderMissing)"))
    func embeddedFilesMatchFolder() throws {
        let folder = try #require(TestSupport.schemaFolder)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".xsd") }
        #expect(Set(onDisk) == Set(SCORM12SchemaFiles.files.keys))
        for name in onDisk {
            let expected = try Data(contentsOf: folder.appendingPathComponent(name))
            let embedded = try #require(SCORM12SchemaFiles.files[name], "\(name) not embedded")
            // Compare bytes, not Strings: String equality is canonical
            // equivalence and would hide a dropped CR or a normalised BOM.
            #expect(Data(embedded.utf8) == expected,
                    "\(name) differs; regenerate with scripts/embed-schemas.sh \(folder.path)")
        }
    }

    @Test("the embedded set keeps the published CRLF line breaks and BOMs")
    func embeddedFilesKeepLineBreaks() throws {
        let imscp = try #require(SCORM12SchemaFiles.files["imscp_rootv1p1p2.xsd"])
        #expect(imscp.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(imscp.unicodeScalars.contains("\r"))
        #expect(SCORM12SchemaFiles.files[SCORM12SchemaFiles.entryPoint] != nil)
    }

    @Test("the embedded set compiles")
    func embeddedSetCompiles() throws {
        _ = try XMLSchemaValidator(schemaFiles: SCORM12SchemaFiles.files, entryPoint: SCORM12SchemaFiles.entryPoint)
    }
}
