import ArgumentParser
import CourseKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: localized("Check a course repository and report every problem at file:line:col."),
        discussion: localized("Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 could not run."))

    @Argument(help: ArgumentHelp(localized("The repository, or files in it (only their problems are reported). Default: the repository around the current folder."),
                                 valueName: "path"))
    var paths: [String] = []

    @OptionGroup var output: DiagnosticOutputOptions

    @Flag(help: .localized("Treat warnings as errors."))
    var strict = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let location = try RepositoryArgument.locate(paths)
        let directory = location.displayRoot
        let root = location.root
        let result: CourseCompiler.BatchedResult
        do {
            // A few courses at a time: memory follows the largest course, not the repository.
            result = try CourseCompiler(root: root, warningsAsErrors: strict).checkInBatches(.standard) { _ in true }
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        }
        CLILanguage.settle(repositoryLanguage: result.outline.declared.language)
        let diagnostics = location.only(result.diagnostics)
        try output.print(diagnostics, directory: directory, fileSystem: LocalFileSystem(root: root),
                         currentFolder: location.currentFolder)
        // Like compilers that skip freeing memory on exit: tearing down the
        // model of a large repository object by object takes longer than the
        // checks, and the operating system reclaims it at once.
        withExtendedLifetime(result) { Coursec.exitNow(diagnostics.contains { $0.severity == .error } ? 1 : 0) }
    }
}

/// `--format` and colour handling shared by every command that reports
/// diagnostics, which are written in the run's language.
struct DiagnosticOutputOptions: ParsableArguments {
    @Option(name: .long, help: .localized("Output format: text, json, sarif or github."))
    var format: DiagnosticFormatArgument = .text

    func print(_ diagnostics: [Diagnostic], directory: String, fileSystem: CourseFileSystem, currentFolder: String? = nil) throws {
        let color = format.value == .text && Terminal.supportsColor(fileHandle: STDOUT_FILENO)
        var context = Self.context(directory: directory, fileSystem: fileSystem, color: color)
        context.currentFolder = currentFolder
        try Terminal.write(format.value.renderer.render(diagnostics, context: context))
    }

    /// Paths as the user wrote `directory`, source lines read from `fileSystem`.
    static func context(directory: String, fileSystem: CourseFileSystem, color: Bool) -> RenderContext {
        RenderContext(pathPrefix: directory, source: { path in
            guard let bytes = try? fileSystem.contents(of: path) else { return nil }
            if case .decoded(let file) = SourceDecoder.decode(bytes, path: path, into: DiagnosticSink()) { return file }
            return nil
        }, color: color, language: CLILanguage.current)
    }
}

struct DiagnosticFormatArgument: ExpressibleByArgument {
    var value: DiagnosticFormat
    init?(argument: String) {
        guard let v = DiagnosticFormat(rawValue: argument) else { return nil }
        value = v
    }
    init(_ value: DiagnosticFormat) { self.value = value }
    static let text = DiagnosticFormatArgument(.text)
    static var allValueStrings: [String] { DiagnosticFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// Errors that mean "coursec could not run": exit 2 with a one-line
/// message, in the run's language.
enum CLIError: Error, CustomStringConvertible {
    case cannotRun(Message)
    var description: String {
        switch self {
        case .cannotRun(let message): CLILanguage.text("error: \(message)")
        }
    }
}

extension CLIError: CustomNSError {
    var errorCode: Int { 2 }
}
