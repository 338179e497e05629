import CoursecTestSupport
import Foundation

/// Paths and a process runner shared by the authoring tests.
enum AuthoringTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemas = repositoryRoot.appendingPathComponent("schemas")
    static let oracle = repositoryRoot.appendingPathComponent("Tests/CourseAuthoringTests/Oracle/validate_sources.py")

    /// Every example repository: Courses/ (whatever courses it lists).
    static let exampleRepositories = [repositoryRoot.appendingPathComponent("Courses")]

    struct Output {
        var status: Int32
        var stdout: String
    }

    /// Runs the independent validator (PyYAML + python-jsonschema).
    static func validate(schemas: URL = schemas, _ repositories: [URL]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [oracle.path, schemas.path] + repositories.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self))
    }
}
