import Foundation
import Testing
@testable import CourseAuthoring

/// The binary carries `Templates/init/` and `Templates/new/` inside it
/// (scripts/embed-templates.sh); this fails when the two drift.
@Suite struct AuthoringTemplatesTests {
    @Test func embeddedTemplatesMatchTheFolders() throws {
        let templates = AuthoringTestSupport.repositoryRoot.appendingPathComponent("Templates")
        var disk: [String: String] = [:]
        for folder in ["init", "new"] {
            let root = templates.appendingPathComponent(folder).standardizedFileURL.path
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = root + "/" + relative
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                disk[folder + "/" + relative] = try String(contentsOfFile: path, encoding: .utf8)
            }
        }
        #expect(disk.count >= 10)
        let embedded = AuthoringTemplates.files
        let stale = Set(disk.keys).symmetricDifference(embedded.keys).sorted()
            + disk.keys.filter { embedded[$0] != nil && embedded[$0] != disk[$0] }.sorted()
        #expect(stale.isEmpty, "Templates/init, Templates/new and AuthoringTemplates.swift differ (\(stale.joined(separator: ", "))): run scripts/embed-templates.sh")
    }

    @Test func everyNewTemplateHasItsPlaceholders() {
        for kind in NewSourceFile.Kind.allCases {
            let text = AuthoringTemplates.files["new/\(kind.rawValue).md"] ?? ""
            #expect(text.contains("id: {{id}}") && text.contains("title: {{title}}"), "\(kind)")
        }
    }
}
