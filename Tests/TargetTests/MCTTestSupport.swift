import CourseArchive
import CourseBuild
import CourseKit
import CourseXML
import CoursecTestSupport
import Foundation

/// Shared set-up for the `mct` target tests: a copy of the edge-case
/// fixture (with the SCORM and HTML ZIPs made on the fly), in-process
/// builds, subprocesses for the independent tools.
enum MCTTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repositoryRoot.appendingPathComponent("Tests/TargetTests/Fixtures/mct-edge")

    static func temporaryFolder(_ name: String) throws -> URL {
        try ScratchFolder.make("mct-\(name)")
    }

    enum PackageVariant { case valid, scormWithoutManifest, htmlInFolder }

    /// A fresh copy of the fixture, with author packages written for `variant`.
    static func repository(_ variant: PackageVariant = .valid, in folder: URL? = nil) throws -> URL {
        let root = try (folder ?? temporaryFolder("repo")).appendingPathComponent("repo")
        try FileManager.default.copyItem(at: fixture, to: root)
        let media = root.appendingPathComponent("curso/media")
        let scorm = DeterministicZipWriter(destination: media.appendingPathComponent("paquete-scorm.zip"))
        if variant != .scormWithoutManifest {
            try scorm.addData(try SCORMManifestWriter.writeValidated(sampleManifest), as: "imsmanifest.xml")
        }
        try scorm.addData(Data("<html><body>SCO</body></html>".utf8), as: "index.html")
        try scorm.finish()
        let html = DeterministicZipWriter(destination: media.appendingPathComponent("actividad.zip"))
        try html.addData(Data("<html><body>Actividad</body></html>".utf8),
                         as: variant == .htmlInFolder ? "actividad/index.html" : "index.html")
        try html.finish()
        return root
    }

    static let sampleManifest = SCORMManifest(
        identifier: "MANIFEST-prueba", version: "1.0.0",
        metadata: LOMMetadata(title: "Prueba", language: "es", keywords: []),
        organization: SCORMOrganization(identifier: "ORG-1", title: "Prueba", items: [
            SCORMItem(identifier: "ITEM-1", title: "Inicio", resourceIdentifier: "RES-1"),
        ]),
        resources: [SCORMResource(identifier: "RES-1", scormType: .sco, href: "index.html", files: ["index.html"])])

    /// Builds only the `mct` target in process.
    static func build(_ root: URL, out: URL, targets: [String] = ["mct"]) throws -> CourseBuilder.Result {
        let builder = CourseBuilder(fileSystem: LocalFileSystem(root: root), output: out,
                                    options: BuildOptions(targets: targets))
        return try builder.build()
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    input: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes an archive entry to a file, for the command-line tools.
    static func extract(_ entry: String, from archive: URL, to folder: URL) throws -> URL {
        let data = try SafeArchiveReader(url: archive).read(entry: entry, maxBytes: 64 << 20)
        let url = folder.appendingPathComponent(UUID().uuidString + ".zip")
        try data.write(to: url)
        return url
    }

    /// The coursec binary built next to the test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("coursec")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build-mct/debug/coursec")
    }()
}
