import CoursecTestSupport
import Foundation
import Testing

/// Every `console` block in README.md and docs/ is run: lines starting with
/// `$ ` are commands (run with the built binary from the repository root);
/// the lines after a command are its exact expected output. A command shown
/// without output must succeed. `$ cd DIR` moves the next commands of the
/// block into DIR. `NAME=value` words before `coursec` set environment
/// variables for that command (`$ LANG=es_MX.UTF-8 coursec check`); without
/// them a command runs in English (`CoursecEnvironment`). A block that
/// starts with `coursec init` is a session: its
/// commands run in order in a scratch folder holding a copy of docs/examples/,
/// so they may create and change files there.
@Suite struct DocumentationCommandTests {
    struct Command: CustomStringConvertible {
        var document: String
        var line: Int
        var arguments: [String]
        var expected: [String]
        /// The folder to run in, relative to where the block started.
        var directory = ""
        /// Variables set before the command (`COURSEC_LANG=es coursec …`).
        var environment: [String: String] = [:]
        var description: String { "\(document):\(line) coursec \(arguments.joined(separator: " "))" }
    }

    /// The console blocks, each a list of commands.
    static func blocks() -> [[Command]] {
        let root = CLIRunner.repositoryRoot
        var documents = ["README.md"]
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        documents += docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        var result: [[Command]] = []
        for document in documents {
            guard let text = try? String(contentsOf: root.appendingPathComponent(document), encoding: .utf8) else { continue }
            var inConsole = false
            var block: [Command] = []
            var current: Command?
            var directory = ""
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                if line.hasPrefix("```") {
                    if inConsole {
                        if let c = current { block.append(c) }
                        if !block.isEmpty { result.append(block) }
                    }
                    current = nil
                    block = []
                    directory = ""
                    inConsole = !inConsole && line == "```console"
                    continue
                }
                guard inConsole else { continue }
                if line.hasPrefix("$ ") {
                    if let c = current { block.append(c) }
                    current = nil
                    // A `# comment` after the command is for the reader.
                    let commandText = line.dropFirst(2).split(separator: "#", maxSplits: 1).first ?? ""
                    var words = commandText.split(separator: " ").map(String.init)
                    if words.first == "cd", words.count == 2 {
                        directory = (URL(fileURLWithPath: "/" + directory).appendingPathComponent(words[1]).standardizedFileURL.path)
                            .split(separator: "/").joined(separator: "/")
                        continue
                    }
                    var environment: [String: String] = [:]
                    while let word = words.first, let equals = word.firstIndex(of: "="), word.first?.isUppercase == true {
                        environment[String(word[..<equals])] = String(word[word.index(after: equals)...])
                        words.removeFirst()
                    }
                    guard let program = words.first, program.hasSuffix("coursec") else { continue }
                    words.removeFirst()
                    current = Command(document: document, line: index + 1, arguments: words, expected: [], directory: directory,
                                      environment: environment)
                } else {
                    current?.expected.append(line)
                }
            }
        }
        return result
    }

    static func isSession(_ block: [Command]) -> Bool { block.first?.arguments.first == "init" }

    static func check(_ command: Command, in folder: URL) throws {
        let out = try CLIRunner.run(command.arguments, in: command.directory.isEmpty ? folder : folder.appendingPathComponent(command.directory),
                                    environment: command.environment)
        if command.expected.isEmpty {
            #expect(out.status == 0, "\(command) failed: \(out.stderr)")
        } else {
            let expected = command.expected.joined(separator: "\n")
            // What a person sees: standard output, then standard error.
            let actualLines = (out.stdout + out.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Documentation may show only the beginning of a long output.
            let actual = actualLines.prefix(command.expected.count).joined(separator: "\n")
            #expect(actual == expected, "\(command) printed:\n\(out.stdout)\(out.stderr)")
        }
    }

    static func sessions() -> [String] {
        blocks().filter(isSession).map { "\($0[0].document):\($0[0].line)" }
    }

    /// A block that creates a repository runs, in order, in a scratch folder.
    @Test(arguments: sessions())
    func session(_ key: String) throws {
        let block = try #require(Self.blocks().first { "\($0[0].document):\($0[0].line)" == key })
        let folder = try ScratchFolder.make("docs-session")
        // The example files the docs use (docs/examples), as a reader would have them at hand.
        let examples = CLIRunner.repositoryRoot.appendingPathComponent("docs/examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for command in block { try Self.check(command, in: folder) }
    }

    @Test func theDocsHaveSessions() {
        #expect(Self.sessions().count >= 2)
    }

    static func commands() -> [Command] {
        blocks().filter { !isSession($0) }.flatMap { $0 }
    }

    @Test func theDocsShowCommands() {
        #expect(Self.commands().count >= 4)
    }

    @Test(arguments: commands().map(\.description))
    func command(_ key: String) throws {
        let command = try #require(Self.commands().first { $0.description == key })
        try Self.check(command, in: CLIRunner.repositoryRoot)
    }

    /// The README's "break something" walk-through, reproduced on a copy of Courses/.
    @Test func readmeBreakSomethingExample() throws {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "$ .build/release/coursec check Courses\nCourses/"))
        let rest = readme[start.lowerBound...]
        let end = try #require(rest.range(of: "\n```"))
        let expected = rest[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().joined(separator: "\n") + "\n"

        let work = try ScratchFolder.make("readme")
        let courses = work.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"), to: courses)
        let lesson = courses.appendingPathComponent("matematicas-1/lecciones/02-racionales-y-decimales.md")
        let text = try String(contentsOf: lesson, encoding: .utf8)
        try text.replacingOccurrences(of: "\nobjectives:", with: "\nobjetives:").write(to: lesson, atomically: true, encoding: .utf8)
        let quiz = courses.appendingPathComponent("matematicas-1/practicas/practica-01-numeros.md")
        let quizText = try String(contentsOf: quiz, encoding: .utf8)
        try quizText.replacingOccurrences(of: "   - [ ] $\\sqrt{81}$", with: "   - [x] $\\sqrt{81}$")
            .write(to: quiz, atomically: true, encoding: .utf8)

        let out = try CLIRunner.run(["check", "Courses"], in: work)
        #expect(out.status == 1)
        #expect(out.stdout == expected, "README example is out of date; coursec printed:\n\(out.stdout)")
    }
}
