import ArgumentParser
import CourseAuthoring
import CourseKit
import Foundation

/// `coursec new lesson|quiz|assessment PATH`: a new file with a fresh id,
/// added to its course's outline with course.yaml's comments kept.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: localized("Create a lesson, quiz or assessment with a fresh id and add it to its course's outline."),
        discussion: localized("""
            PATH is the new Markdown file, inside a course folder. A lesson or quiz is added at the end of the last \
            unit (or of --unit); an assessment becomes the course's `assessment`. course.yaml keeps its comments \
            and layout. Exit status: 0 created, 2 could not run.
            """))

    @Argument(help: ArgumentHelp(localized("What to create."), valueName: "kind"))
    var kind: Kind

    @Argument(help: ArgumentHelp(localized("The new file, e.g. fisica-1/lecciones/03-vectores.md."), valueName: "path"))
    var path: String

    @Option(help: .localized("The title (default: from the file name)."))
    var title: String?

    @Option(help: .localized("The unit to add it to, by id or title (default: the last unit)."))
    var unit: String?

    @OptionGroup var languageOptions: LanguageOptions

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case lesson, quiz, assessment
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            throw CLIError.cannotRun(NewSourceFile.Problem.exists(path).message)
        }
        var start = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: start.path), start.path != "/" { start = start.deletingLastPathComponent() }
        guard let root = RepositoryLocation.findRoot(from: start) else {
            throw CLIError.cannotRun("no coursec.yaml in '\(start.path)' or any folder above it: create the repository with coursec init")
        }
        let relative = url.pathComponents.dropFirst(root.pathComponents.count).joined(separator: "/")
        let repository: Repository
        do {
            repository = try CourseCompiler(root: root).check().repository
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        }
        let request = NewSourceFile(kind: NewSourceFile.Kind(rawValue: kind.rawValue)!, path: relative, title: title, unit: unit)
        let outcome: NewSourceFile.Outcome
        do {
            outcome = try request.plan(repository: repository) { file in
                try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            }
        } catch let problem as NewSourceFile.Problem {
            throw CLIError.cannotRun(problem.message)
        } catch let problem as OutlineEditor.Problem {
            throw CLIError.cannotRun(problem.message)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(outcome.contents.utf8).write(to: url, options: .withoutOverwriting)
            try Data(outcome.courseText.utf8).write(to: root.appendingPathComponent(outcome.courseFile), options: .atomic)
        } catch {
            throw CLIError.cannotRun("cannot write the file: \((error as NSError).localizedDescription)")
        }
        let shownCourse = RepositoryLocation.display(root.appendingPathComponent(outcome.courseFile), from: cwd)
        let done: Message = switch kind {
        case .lesson: "Created the lesson \(path) (id: \(outcome.id)) and added it to the outline in \(shownCourse)"
        case .quiz: "Created the quiz \(path) (id: \(outcome.id)) and added it to the outline in \(shownCourse)"
        case .assessment: "Created the assessment \(path) (id: \(outcome.id)) and made it the assessment in \(shownCourse)"
        }
        try Terminal.write(CLILanguage.text(done) + "\n")
    }
}
