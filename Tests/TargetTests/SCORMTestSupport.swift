import CourseArchive
import CourseBuild
import CourseKit
import CourseXML
import CoursecTestSupport
import Foundation
import Testing

/// Builds, unpacks and inspects SCORM packages for the SCORM target's tests.
enum SCORMTestSupport {
    /// This file is Tests/TargetTests/SCORMTestSupport.swift.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let courses = repoRoot.appendingPathComponent("Courses")
    static let fixtures = repoRoot.appendingPathComponent("Tests/TargetTests/Fixtures")

    /// `../shared/schemas/scorm12/scorm12.xsd`, the published schema set.
    static let schemaEntry = repoRoot.appendingPathComponent("../shared/schemas/scorm12/scorm12.xsd").standardizedFileURL

    /// The published schemas compiled once (not the copies embedded in
    /// CourseXML, so the tests check against the real files).
    static let validator: XMLSchemaValidator? = try? XMLSchemaValidator(schemaFile: schemaEntry)

    static let namespaces = [
        "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    ]

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A binary of this package built next to the test bundle.
    static func builtProduct(_ name: String) -> URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        for scratch in [".build-scorm", ".build"] {
            let url = repoRoot.appendingPathComponent("\(scratch)/debug/\(name)")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        try ScratchFolder.make("scorm-\(label)")
    }

    /// Builds only the scorm12 target of a repository, in process.
    /// `batches: .whole` keeps the built model in the result (`result.repository`).
    static func build(_ repository: URL, granularity: BuildOptions.SCORMGranularity = .course,
                      output: URL? = nil, batches: CourseBatches = .standard) throws -> (result: CourseBuilder.Result, output: URL) {
        let out = try output ?? temporaryFolder("out")
        let builder = CourseBuilder(fileSystem: LocalFileSystem(root: repository), output: out,
                                    options: BuildOptions(targets: ["scorm12"], scormGranularity: granularity),
                                    batches: batches)
        return (try builder.build(), out)
    }

    /// The example course built once per test process (course granularity).
    static let example: (result: CourseBuilder.Result, output: URL)? = try? build(courses)

    static func packages(in result: CourseBuilder.Result, output: URL) -> [URL] {
        result.artifacts.filter { $0.target == "scorm12" && $0.path.hasSuffix(".zip") }
            .map { output.appendingPathComponent($0.path) }
    }

    static func manifest(of package: URL) throws -> Data {
        try SafeArchiveReader(url: package).read(entry: "imsmanifest.xml", maxBytes: 16 << 20)
    }

    static func checker(_ manifest: Data) throws -> XMLDocumentChecker {
        try XMLDocumentChecker(data: manifest, namespaces: namespaces, documentName: "imsmanifest.xml")
    }

    /// Runs a program, returning its exit status and combined output.
    @discardableResult
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                    in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Extracts a ZIP with `unzip` (or Python) for the browser tests.
    static func unzip(_ package: URL, into folder: URL) throws {
        if let unzip = executable("unzip") {
            let result = try run(unzip, ["-q", "-o", package.path, "-d", folder.path])
            guard result.status == 0 else { throw TestFailure("unzip failed: \(result.output)") }
        } else if let python = executable("python3") {
            let result = try run(python, ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
                                          package.path, folder.path])
            guard result.status == 0 else { throw TestFailure("extract failed: \(result.output)") }
        } else {
            throw TestFailure("neither unzip nor python3 is installed")
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
