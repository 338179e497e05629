import CoursecTestSupport
import Foundation
import Testing

/// Helpers for the release tests: private copies of `Courses/`, keys made
/// through the CLI, and the stock `minisign` tool.
enum ReleaseSupport {
    static let minisign = "/usr/bin/minisign"
    static var hasMinisign: Bool { FileManager.default.isExecutableFile(atPath: minisign) }

    static func temporaryFolder() throws -> URL {
        try ScratchFolder.make("release-cli")
    }

    /// A copy of the example repository under a fresh folder.
    static func courses(in folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"), to: target)
        return target
    }

    static func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "edit of \(path) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    /// An unencrypted key pair made by `coursec keygen --no-password`.
    static func key(in folder: URL, name: String = "clave") throws -> (secret: String, public: String) {
        let prefix = folder.appendingPathComponent(name).path
        let out = try CLIRunner.run(["keygen", "--out", prefix, "--no-password"])
        #expect(out.status == 0, "\(out.stderr)")
        return (prefix + ".key", prefix + ".pub")
    }

    static func release(_ sources: URL, phase: String, out: URL, key: String, previous: URL? = nil,
                        environment: [String: String] = [:]) throws -> CLIRunner.Output {
        var arguments = ["release", sources.path, "--phase", phase, "--out", out.path, "--sign-key", key]
        if let previous { arguments += ["--previous", previous.path] }
        return try CLIRunner.run(arguments, environment: environment)
    }

    static func manifest(_ release: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: release.appendingPathComponent("release.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Release-relative paths of the artifacts with their own `.minisig`.
    static func signedArtifacts(_ release: URL) throws -> [String] {
        let json = try manifest(release)
        return (json["artifacts"] as! [[String: Any]]).filter { $0["signature"] != nil }.map { $0["path"] as! String }
    }

    /// Release-relative paths of the files `release.json` lists with a
    /// digest: artifacts when the targets produced some, then the release's
    /// own documents.
    static func listedFiles(_ release: URL) throws -> [String] {
        let json = try manifest(release)
        let artifacts = (json["artifacts"] as! [[String: Any]]).filter { $0["sha256"] != nil }.map { $0["path"] as! String }
        let documents = (json["documents"] as! [[String: Any]]).map { $0["path"] as! String }
        return artifacts + documents
    }

    static func runTool(_ path: String, _ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> CLIRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }
}
