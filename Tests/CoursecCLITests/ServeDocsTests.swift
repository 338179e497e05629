import CoursecTestSupport
import Foundation
import Testing

/// The `coursec serve` examples of README.md and docs/cli.md are what the
/// command prints (they cannot be `console` blocks: the command runs until
/// stopped): the first lines, with the port and clock of this run, and the
/// shape of a refresh line. Also: no repository is exit 2 in one line, and
/// another interface than loopback is said to be a risk.
@Suite struct ServeDocsTests {
    /// Starts `coursec serve ARGS` and returns what it printed once `lines`
    /// lines came (or it ended), then stops it.
    static func firstLines(_ arguments: [String], lines: Int) throws -> (text: String, status: Int32?) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        var received = Data()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, String(decoding: received, as: UTF8.self).filter({ $0 == "\n" }).count < lines {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        let status: Int32? = process.isRunning ? nil : process.terminationStatus
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return (String(decoding: received, as: UTF8.self), status)
    }

    /// The example block after `$ coursec serve Courses` in `document`.
    static func documented(_ document: String) throws -> [String] {
        let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
        let start = try #require(text.range(of: "$ coursec serve Courses\n"))
        let end = try #require(text[start.upperBound...].range(of: "\n```"))
        return text[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    }

    /// `line` with its clock and duration replaced, for comparing shapes.
    static func shape(_ line: String) -> String {
        line.replacingOccurrences(of: #"^\[\d\d:\d\d:\d\d\]"#, with: "[hh:mm:ss]", options: .regularExpression)
            .replacingOccurrences(of: #"\d+,\d\d s$"#, with: "N s", options: .regularExpression)
    }

    @Test(arguments: ["README.md", "docs/cli.md"])
    func theDocumentedStartIsWhatServePrints(_ document: String) throws {
        let expected = try Self.documented(document)
        #expect(expected.count >= 3)
        let run = try Self.firstLines(["serve", "Courses", "--port", "0"], lines: 3)
        let printed = run.text.split(separator: "\n").map(String.init)
        try #require(printed.count >= 3, "serve printed: \(run.text)")
        let port = try #require(printed[0].range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression))
        #expect(printed[0].replacingCharacters(in: port, with: "127.0.0.1:8000") == expected[0])
        #expect(printed[1] == expected[1])
        #expect(Self.shape(printed[2]) == Self.shape(expected[2]))
    }

    @Test func withoutARepositoryServeCannotStart() throws {
        let folder = try ScratchFolder.make("serve-empty")
        let run = try CLIRunner.run(["serve", folder.path, "--port", "0"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains("coursec.yaml"))
    }

    @Test func anotherInterfaceIsARisk() throws {
        let run = try Self.firstLines(["serve", "Courses", "--port", "0", "--host", "0.0.0.0"], lines: 3)
        #expect(run.text.contains("aviso: con --host 0.0.0.0 cualquier equipo de la red puede ver la vista previa"))
    }
}
