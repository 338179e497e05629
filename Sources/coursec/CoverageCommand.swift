import ArgumentParser
import CourseKit
import Foundation

/// `coursec coverage`: which target competencies and syllabus units each
/// course teaches, practises and assesses, and how many lessons and
/// quizzes it has. A report, not a check: gaps do not change the exit
/// status (`coursec check` reports them as CS0403–CS0411).
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: localized("Report how each course's targets are taught, practised and assessed."),
        discussion: localized("Exit status: 0 report written, 2 could not run (no repository, unknown course)."))

    @Argument(help: .localized("The course repository, or any folder in it (default: the current folder)."))
    var directory: String = "."

    @Option(help: .localized("Only this course (its id)."))
    var course: String?

    @Option(help: .localized("Output format: text, csv, json or html."))
    var format: String = "text"

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        guard let format = CoverageFormat(rawValue: format) else {
            throw CLIError.cannotRun("unknown format '\(self.format)'; use text, csv, json or html")
        }
        let directory = try RepositoryArgument.root(self.directory)
        let result: CourseCompiler.Result
        do {
            result = try CourseCompiler(root: URL(fileURLWithPath: directory)).check()
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        }
        let language = CLILanguage.settle(repositoryLanguage: result.repository.language)
        let ids = result.repository.courses.map(\.id.value)
        if let course, !ids.contains(course) {
            let hint: Message = Suggestion.closest(to: course, in: ids).map { "; did you mean '\($0)'?" } ?? ""
            throw CLIError.cannotRun("no course '\(course)' in the repository\(hint)")
        }
        try Terminal.write(format.render(CoverageReport(result.repository, courseID: course), language: language))
    }
}
