import ArgumentParser
import CourseAuthoring
import Foundation

/// `coursec init [DIR]`: a new repository to start from, that checks clean.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new course repository (coursec.yaml, a framework, a course with a lesson, a quiz and an assessment).",
        discussion: "DIR must be new or empty. The files have short Spanish comments and name their JSON Schemas (written to DIR/schemas). Exit status: 0 created, 2 could not run.")

    @Argument(help: ArgumentHelp("The folder for the repository (default: the current folder).", valueName: "dir"))
    var directory: String = "."

    func run() throws {
        let written: [String]
        do {
            written = try RepositoryScaffold.create(at: URL(fileURLWithPath: directory))
        } catch let problem as RepositoryScaffold.Problem {
            throw CLIError.cannotRun(problem.description)
        }
        let shown = written.filter { !$0.hasPrefix("schemas/") && !$0.hasPrefix(".") }
        var text = "Repositorio creado en \(directory):\n"
        for path in shown { text += "  \(path)\n" }
        text += "  schemas/ (esquemas JSON para el editor)\n"
        text += "Revísalo con: coursec check \(directory == "." ? "" : directory)".trimmingCharacters(in: .whitespaces) + "\n"
        try Terminal.write(text)
    }
}
