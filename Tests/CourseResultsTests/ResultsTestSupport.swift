import CoursecTestSupport
import Foundation
@testable import CourseKit
@testable import CourseResults

/// Helpers shared by the results tests: keys from in-memory or on-disk
/// repositories, responses files in scratch folders, and the built tools.
enum ResultsTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let oracle = repositoryRoot.appendingPathComponent("Tests/CourseResultsTests/Oracle")

    /// A tool built next to the test bundle (`swift build --build-tests` builds every product).
    static func tool(_ name: String) -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/\(name)")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` in English (`CoursecEnvironment`) unless `environment` chooses a language.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL = repositoryRoot,
                    environment overrides: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = CoursecEnvironment.make(overrides)
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The checked repository of `files` (must have no errors) and its only course's keys.
    static func keys(_ files: [String: String]) throws -> (AnswerKeys, Repository) {
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(files: files)).check()
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let course = result.repository.courses.first else {
            throw TestFailure("the repository has errors: \(errors.map(\.message.description))")
        }
        return (AnswerKeys(course: course, origin: "fuentes"), result.repository)
    }

    static func keys(at root: URL) throws -> (AnswerKeys, Repository) {
        let result = try CourseCompiler(root: root).check()
        guard !result.hasErrors, let course = result.repository.courses.first else { throw TestFailure("errors in \(root.path)") }
        return (AnswerKeys(course: course, origin: "fuentes"), result.repository)
    }

    /// Responses read from `text` (written to a scratch file named `name`).
    static func load(_ text: String, keys: AnswerKeys, name: String = "respuestas.csv") throws -> ResponseLoader {
        let folder = try ScratchFolder.make("responses")
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        var loader = ResponseLoader(keys: keys)
        try loader.read(path: url.path, name: name)
        return loader
    }

    /// The minimal example repository with a quiz of three items (a is right).
    static let quizRepository: [String: String] = {
        var files = ExampleRepository.base
        files["curso/practica.md"] = ResultsExampleFiles.quiz().replacingOccurrences(of: "↓", with: "")
        return files
    }()

    /// A simulated corpus (`coursec-corpus results`) in a scratch folder.
    static func corpus(learners: Int, items: Int = 20) throws -> URL {
        let folder = try ScratchFolder.make("corpus").appendingPathComponent("corpus")
        let out = try run(tool("coursec-corpus"), ["results", folder.path, "--learners", String(learners), "--items", String(items)])
        guard out.status == 0 else { throw TestFailure("coursec-corpus failed: \(out.stderr)") }
        return folder
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
