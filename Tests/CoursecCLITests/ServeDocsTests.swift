import CoursecTestSupport
import Foundation
import Testing

/// The `coursec serve` examples of README.md and docs/cli.md are what the
/// command prints (they cannot be `console` blocks: the command runs until
/// stopped): the first lines, with the port and clock of this run, and,
/// after a lesson is saved, the line of that refresh. Also: no repository
/// is exit 2 in one line, another interface than loopback is said to be a
/// risk, and SIGTERM ends the server even when the parent blocked it.
@Suite struct ServeDocsTests {
    /// The example block after `$ coursec serve Courses --lang es` in `document`.
    static func documented(_ document: String) throws -> [String] {
        let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
        let start = try #require(text.range(of: "$ coursec serve Courses --lang es\n"))
        let end = try #require(text[start.upperBound...].range(of: "\n```"))
        return text[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    }

    /// `line` with its clock, duration and port replaced, for comparing shapes.
    static func shape(_ line: String) -> String {
        line.replacingOccurrences(of: #"^\[\d\d:\d\d:\d\d\]"#, with: "[hh:mm:ss]", options: .regularExpression)
            .replacingOccurrences(of: #"\d+,\d\d s$"#, with: "N s", options: .regularExpression)
            .replacingOccurrences(of: #"127\.0\.0\.1:\d+/"#, with: "127.0.0.1:PORT/", options: .regularExpression)
    }

    @Test(arguments: ["README.md", "docs/cli.md"])
    func theDocumentedSessionIsWhatServePrints(_ document: String) throws {
        let expected = try Self.documented(document)
        try #require(expected.count >= 3)
        // A copy of Courses named Courses, so the command line is the documented one.
        let folder = try ScratchFolder.make("serve-docs")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"),
                                         to: folder.appendingPathComponent("Courses"))
        let server = try ServeProcess(["serve", "Courses", "--port", "0", "--lang", "es"], in: folder)
        defer { server.stop() }
        let first = server.waitForLines(3)
        try #require(first.count >= 3, "serve printed: \(server.text)")
        #expect(Self.shape(first[0]) == Self.shape(expected[0]))
        #expect(first[1] == expected[1])
        #expect(Self.shape(first[2]) == Self.shape(expected[2]))
        guard expected.count >= 4 else { return }
        // The documented change: one lesson saved.
        let changed = try #require(expected[3].firstMatch(of: /cambió (\S+)/)?.1)
        let lesson = folder.appendingPathComponent("Courses").appendingPathComponent(String(changed))
        let text = try String(contentsOf: lesson, encoding: .utf8)
        try (text + "\nUn párrafo más.\n").write(to: lesson, atomically: false, encoding: .utf8)
        let after = server.waitForLines(4)
        try #require(after.count >= 4, "serve printed: \(server.text)")
        #expect(Self.shape(after[3]) == Self.shape(expected[3]))
    }

    @Test func withoutARepositoryServeCannotStart() throws {
        let folder = try ScratchFolder.make("serve-empty")
        let run = try CLIRunner.run(["serve", folder.path, "--port", "0"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains("coursec.yaml"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func anotherInterfaceIsARisk() throws {
        let server = try ServeProcess(["serve", "Courses", "--port", "0", "--host", "0.0.0.0"], environment: ["COURSEC_LANG": "es"])
        defer { server.stop() }
        server.waitForLines(3)
        #expect(server.text.contains("advertencia: con --host 0.0.0.0 cualquier equipo de la red puede ver la vista previa"))
        #expect(server.text.contains("http://0.0.0.0:"))
        let english = try ServeProcess(["serve", "Courses", "--port", "0", "--host", "0.0.0.0"])
        defer { english.stop() }
        english.waitForLines(3)
        #expect(english.text.contains("warning: with --host 0.0.0.0 any computer on the network can see the preview"), "\(english.text)")
        #expect(english.text.contains("coursec serve: preview of Courses at http://0.0.0.0:"))
    }

    /// A parent that blocks and ignores SIGTERM before starting coursec
    /// (both are inherited through exec; test runners do the first) must
    /// not leave a preview nobody can stop.
    @Test func sigtermEndsTheServerEvenWhenTheParentBlockedIt() throws {
        let python = try #require(["/usr/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let script = """
            import os, signal, sys
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            os.execv(sys.argv[1], sys.argv[1:])
            """
        let server = try ServeProcess(["-c", script, CLIRunner.binary.path, "serve", "Courses", "--port", "0"],
                                executable: URL(fileURLWithPath: python))
        defer { server.stop() }
        let lines = server.waitForLines(3)
        try #require(lines.count >= 3 && server.process.isRunning, "serve printed: \(server.text)")
        kill(server.process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(30)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.process.isRunning)
        if !server.process.isRunning {
            #expect(server.process.terminationReason == .uncaughtSignal)
            #expect(server.process.terminationStatus == SIGTERM)
        }
    }
}
