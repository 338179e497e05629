import CoursecTestSupport
import Foundation

/// Runs the built `coursec` binary, as users and CI do.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = repositoryRoot.appendingPathComponent("Tests/CoursecCLITests/Fixtures")
    static let golden = repositoryRoot.appendingPathComponent("Tests/CoursecCLITests/Golden")

    /// The binary built next to the test bundle (`swift build --build-tests` builds it).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coursec")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/coursec")
    }()

    /// Runs coursec with the test process's environment, except the
    /// language: English unless `environment` chooses one
    /// (`CoursecEnvironment`), so results never depend on the machine's locale.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CoursecEnvironment.make(["NO_COLOR": "1"].merging(environment) { $1 })
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A private copy of a fixture, for tests that add files (links, huge files).
    static func copyFixture(_ name: String) throws -> URL {
        let target = try ScratchFolder.make("cli").appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }

    /// Compares with a golden file; `COURSEC_UPDATE_GOLDEN=1` rewrites it
    /// instead (and the test still fails, so an update is never silent).
    static func assertGolden(_ actual: String, _ name: String) -> String? {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COURSEC_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "golden file \(name) rewritten; run the tests again without COURSEC_UPDATE_GOLDEN"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(name); create it with COURSEC_UPDATE_GOLDEN=1"
        }
        return expected == actual ? nil : "output differs from golden file \(name):\n\(actual)"
    }
}
