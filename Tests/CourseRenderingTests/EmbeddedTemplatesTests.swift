import Foundation
import Testing
@testable import CourseRendering

/// The binary carries `Templates/` inside it; this fails when the two drift.
@Suite struct EmbeddedTemplatesTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static func filesOnDisk() throws -> [String: String] {
        var files: [String: String] = [:]
        let root = templates.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            // `coursec init` and `coursec new` have their own (CourseAuthoring's AuthoringTemplates).
            if relative.hasPrefix("init/") || relative.hasPrefix("new/") { continue }
            files[relative] = try String(contentsOfFile: path, encoding: .utf8)
        }
        return files
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let disk = try Self.filesOnDisk()
        #expect(!disk.isEmpty)
        let embedded = EmbeddedTemplates.files
        let stale = Set(disk.keys).symmetricDifference(embedded.keys).sorted()
            + disk.keys.filter { embedded[$0] != nil && embedded[$0] != disk[$0] }.sorted()
        #expect(stale.isEmpty, "Templates/ and EmbeddedTemplates.swift differ (\(stale.joined(separator: ", "))): run scripts/embed-templates.sh")
    }

    @Test func everyTemplateParsesAndRenders() {
        for name in ["lesson", "quiz", "index", "syllabus"] {
            let html = TemplateAssets.render(name, ["lang": "es-MX", "title": "T", "courseTitle": "C"])
            #expect(html.contains("<html lang=\"es-MX\">"), "\(name)")
        }
    }
}
