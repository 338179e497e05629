import ArgumentParser
import CourseImport
import CourseKit
import Foundation

/// `coursec import`: content that lives in the platform, brought into a repository.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized("Bring content from the platform into a repository."),
        subcommands: [ImportMCTQuestionsCommand.self])
}

/// `coursec import mct-questions FILE.csv --out PATH.md`.
struct ImportMCTQuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mct-questions",
        abstract: localized("Turn the platform's question CSV into a quiz or assessment in Markdown."),
        discussion: localized("""
            Reads the CSV the platform imports and exports (Serial Number, Question Type, Question Text, Choice 1…, \
            Correct Answer, Answer Explanation, Match Criterion) and writes a new Markdown file whose questions have \
            ids made from their words. Rows that cannot be converted are reported at their line and left out. \
            Exit status: 0 written, 1 rows left out (the others are written), 2 could not run.
            """))

    @Argument(help: ArgumentHelp(localized("The question CSV."), valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp(localized("The Markdown file to write (it must not exist)."), valueName: "path.md"))
    var out: String

    @Option(help: .localized("Write a practice quiz or the assessment."))
    var type: KindArgument = .quiz

    @Option(help: .localized("The quiz's id (default: from the file name)."))
    var id: String?

    @Option(help: .localized("The quiz's title (default: from the file name)."))
    var title: String?

    @OptionGroup var output: DiagnosticOutputOptions

    @OptionGroup var languageOptions: LanguageOptions

    enum KindArgument: String, ExpressibleByArgument, CaseIterable {
        case quiz, assessment
    }

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw CLIError.cannotRun("cannot read '\(file)'")
        }
        guard !FileManager.default.fileExists(atPath: out) else {
            throw CLIError.cannotRun("'\(out)' already exists; choose another name with --out")
        }
        let base = URL(fileURLWithPath: out).deletingPathExtension().lastPathComponent
        let words = base.drop { $0.isNumber || $0 == "-" || $0 == "_" }.replacingOccurrences(of: "-", with: " ")
        let quizID = id ?? IDSyntax.suggest(String(words.isEmpty ? Substring(base) : Substring(words)))
        guard IDSyntax.isValid(quizID) else {
            throw CLIError.cannotRun("the id '\(quizID)' must use lowercase letters, digits and '-' (e.g. '\(IDSyntax.suggest(quizID))')")
        }
        let importer = MCTQuestionImport(kind: type == .assessment ? .assessment : .quiz, id: quizID,
                                         title: title ?? (words.prefix(1).uppercased() + words.dropFirst()),
                                         takenIDs: Self.idsInRepository(around: URL(fileURLWithPath: out)))
        let outcome: MCTQuestionImport.Outcome
        do {
            outcome = try importer.run(path: file, name: file)
        } catch {
            throw CLIError.cannotRun("cannot read '\(file)': \((error as NSError).localizedDescription)")
        }
        if !outcome.diagnostics.isEmpty {
            let diagnostics = Diagnostic.sortedForOutput(outcome.diagnostics)
            try output.print(diagnostics, directory: ".", fileSystem: LocalFileSystem(root: URL(fileURLWithPath: ".")))
        }
        guard let markdown = outcome.markdown else { throw ExitCode(1) }
        do {
            let url = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(markdown.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw CLIError.cannotRun("cannot write '\(out)': \((error as NSError).localizedDescription)")
        }
        let left = outcome.diagnostics.filter { $0.severity == .error }.count
        let done: Message = switch (outcome.questions == 1, left > 0) {
        case (true, true): "Imported 1 question into \(out) (id: \(quizID)); \(left) row(s) could not be converted"
        case (true, false): "Imported 1 question into \(out) (id: \(quizID))"
        case (false, true): "Imported \(outcome.questions) questions into \(out) (id: \(quizID)); \(left) row(s) could not be converted"
        case (false, false): "Imported \(outcome.questions) questions into \(out) (id: \(quizID))"
        }
        try Terminal.error(CLILanguage.text(done) + "\n")
        if left > 0 { throw ExitCode(1) }
    }

    /// Every quiz and question id of the repository the new file goes into
    /// (none outside a repository).
    static func idsInRepository(around file: URL) -> Set<String> {
        guard let root = RepositoryLocation.findRoot(from: file.deletingLastPathComponent()),
              let repository = try? CourseCompiler(root: root).check().repository else { return [] }
        var ids = Set<String>()
        for course in repository.courses {
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) {
                ids.insert(quiz.id.value)
                for item in quiz.items { ids.insert(item.id.value) }
            }
        }
        return ids
    }
}
