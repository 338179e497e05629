import ArgumentParser
import CourseAuthoring
import Foundation

/// `coursec init [DIR]`: a new repository to start from, that checks clean.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: localized("Create a new course repository (coursec.yaml, a framework, a course with a lesson, a quiz and an assessment)."),
        discussion: localized("DIR must be new or empty. The files have short Spanish comments and name their JSON Schemas (written to DIR/schemas). Exit status: 0 created, 2 could not run."))

    @Argument(help: ArgumentHelp(localized("The folder for the repository (default: the current folder)."), valueName: "dir"))
    var directory: String = "."

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let written: [String]
        do {
            written = try RepositoryScaffold.create(at: URL(fileURLWithPath: directory))
        } catch let problem as RepositoryScaffold.Problem {
            throw CLIError.cannotRun(problem.message)
        }
        let shown = written.filter { !$0.hasPrefix("schemas/") && !$0.hasPrefix(".") }
        var text = CLILanguage.text("Repository created in \(directory):") + "\n"
        for path in shown { text += "  \(path)\n" }
        text += "  schemas/ (" + CLILanguage.text("JSON Schemas for the editor") + ")\n"
        let command = "coursec check \(directory == "." ? "" : directory)".trimmingCharacters(in: .whitespaces)
        text += CLILanguage.text("Check it with: \(command)") + "\n"
        try Terminal.write(text)
    }
}
