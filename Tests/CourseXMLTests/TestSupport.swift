import CourseXML
import Foundation

/// Paths and fixtures shared by the CourseXML tests.
enum TestSupport {
    /// The repository root: this file is Tests/CourseXMLTests/TestSupport.swift.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/schemas/scorm12` next to the repository, or nil when this
    /// checkout has no shared schema folder beside it.
    static let schemaFolder: URL? = {
        let folder = repoRoot.appendingPathComponent("../shared/schemas/scorm12").standardizedFileURL
        let entry = folder.appendingPathComponent("scorm12.xsd")
        return FileManager.default.fileExists(atPath: entry.path) ? folder : nil
    }()

    static let schemaFolderMissing =
        "SCORM 1.2 schema folder ../shared/schemas/scorm12 (relative to the repo root) not found"

    static let xmllint: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("xmllint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let namespaces = [
        "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    ]

    /// Two top-level items, one of them nested, a SCO and an asset resource
    /// that both depend on a shared asset, and a mastery score.
    static func sampleManifest(title: String = "Safety Basics") -> SCORMManifest {
        SCORMManifest(
            identifier: "MANIFEST-safety-basics",
            version: "1.0.0",
            metadata: LOMMetadata(title: title, description: "An introduction to workplace safety.",
                                  language: "en", keywords: ["safety", "basics"], version: "1.0.0"),
            organization: SCORMOrganization(identifier: "ORG-1", title: title, items: [
                SCORMItem(identifier: "ITEM-module-1", title: "Module 1", children: [
                    SCORMItem(identifier: "ITEM-lesson-1", title: "Lesson 1", resourceIdentifier: "RES-lesson-1"),
                    SCORMItem(identifier: "ITEM-quiz-1", title: "Quiz 1",
                              resourceIdentifier: "RES-quiz-1", masteryScore: 80),
                ]),
                SCORMItem(identifier: "ITEM-glossary", title: "Glossary", resourceIdentifier: "RES-glossary"),
            ]),
            resources: [
                SCORMResource(identifier: "RES-lesson-1", scormType: .sco, href: "lesson-1/index.html",
                              files: ["lesson-1/index.html"], dependencies: ["RES-shared"]),
                SCORMResource(identifier: "RES-quiz-1", scormType: .sco, href: "quiz-1/index.html",
                              files: ["quiz-1/index.html", "quiz-1/quiz.js"], dependencies: ["RES-shared"]),
                SCORMResource(identifier: "RES-glossary", scormType: .asset, href: "glossary.html",
                              files: ["glossary.html"], dependencies: ["RES-shared"]),
                SCORMResource(identifier: "RES-shared", scormType: .asset,
                              files: ["shared/scorm-api.js", "shared/style.css"]),
            ])
    }

    /// Runs `xmllint --noout --schema scorm12.xsd` on `data`; returns the
    /// exit status and what xmllint printed to stderr.
    static func xmllintValidate(_ data: Data, schemaFolder: URL, xmllint: URL) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("coursexml-\(UUID().uuidString)-imsmanifest.xml")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--noout", "--nonet", "--schema",
                             schemaFolder.appendingPathComponent("scorm12.xsd").path, file.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
