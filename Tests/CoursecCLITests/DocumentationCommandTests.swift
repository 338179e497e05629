import CoursecTestSupport
import Foundation
import Testing

/// Every `console` block in README.md and docs/ is run: lines starting with
/// `$ ` are commands (run with the built binary from the repository root);
/// the lines after a command are its exact expected output. A command shown
/// without output must succeed.
@Suite struct DocumentationCommandTests {
    struct Command: CustomStringConvertible {
        var document: String
        var line: Int
        var arguments: [String]
        var expected: [String]
        var description: String { "\(document):\(line) coursec \(arguments.joined(separator: " "))" }
    }

    static func commands() -> [Command] {
        let root = CLIRunner.repositoryRoot
        var documents = ["README.md"]
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        documents += docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        var result: [Command] = []
        for document in documents {
            guard let text = try? String(contentsOf: root.appendingPathComponent(document), encoding: .utf8) else { continue }
            var inConsole = false
            var current: Command?
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                if line.hasPrefix("```") {
                    if inConsole, let c = current { result.append(c) }
                    current = nil
                    inConsole = !inConsole && line == "```console"
                    continue
                }
                guard inConsole else { continue }
                if line.hasPrefix("$ ") {
                    if let c = current { result.append(c) }
                    current = nil
                    // A `# comment` after the command is for the reader.
                    let commandText = line.dropFirst(2).split(separator: "#", maxSplits: 1).first ?? ""
                    var words = commandText.split(separator: " ").map(String.init)
                    guard let program = words.first, program.hasSuffix("coursec") else { continue }
                    words.removeFirst()
                    current = Command(document: document, line: index + 1, arguments: words, expected: [])
                } else {
                    current?.expected.append(line)
                }
            }
        }
        return result
    }

    @Test func theDocsShowCommands() {
        #expect(Self.commands().count >= 4)
    }

    @Test(arguments: commands().map(\.description))
    func command(_ key: String) throws {
        let command = try #require(Self.commands().first { $0.description == key })
        let out = try CLIRunner.run(command.arguments)
        if command.expected.isEmpty {
            #expect(out.status == 0, "\(command) failed: \(out.stderr)")
        } else {
            let expected = command.expected.joined(separator: "\n")
            let actualLines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Documentation may show only the beginning of a long output.
            let actual = actualLines.prefix(command.expected.count).joined(separator: "\n")
            #expect(actual == expected, "\(command) printed:\n\(out.stdout)")
        }
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
