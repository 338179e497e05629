import ArgumentParser
import CourseBuild
import CourseKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: localized("Check, then build the platform packages of a course repository."),
        discussion: localized("""
            Targets: \(targets).
            Nothing is written when the sources have errors. Exit status: 0 built, 1 errors in the sources, 2 could not run.
            """))

    /// Each target's name and summary, for the discussion.
    static var targets: String { TargetRegistry.all.map { "\($0.name) (\(localized($0.summary)))" }.joined(separator: "; ") }

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: .localized("The course repository, or any folder in it (default: the current folder)."))
    var directory: String = "."

    @Option(name: .long, help: .localized("Output folder."))
    var out: String = "dist"

    @Option(name: .long, parsing: .singleValue, help: .localized("Targets to build, comma-separated (default: all)."))
    var target: [String] = []

    @Option(name: .long, parsing: .singleValue, help: .localized("Courses to build by id (default: all)."))
    var course: [String] = []

    @Option(name: .long, help: .localized("Phase to build (default: the latest)."))
    var phase: String?

    @Option(name: .long, help: .localized("SCORM packages per course or per lesson."))
    var scormGranularity: String = "course"

    @Flag(help: .localized("Treat warnings as errors."))
    var strict = false

    @OptionGroup var output: DiagnosticOutputOptions

    @Sendable static func showProgress(_ name: String, _ done: Int, _ total: Int) {
        let line = "\r\u{1B}[2K[" + String(done) + "/" + String(total) + "] " + name
        // Cosmetic: a terminal that refuses it fails the next checked write.
        try? Terminal.error(line)
    }

    func run() throws {
        guard let granularity = BuildOptions.SCORMGranularity(rawValue: scormGranularity) else {
            throw CLIError.cannotRun("--scorm-granularity must be course or lesson")
        }
        let directory = try RepositoryArgument.root(self.directory)
        let root = URL(fileURLWithPath: directory)
        let options = BuildOptions(phaseID: phase, courseIDs: course,
                                   targets: target.flatMap { $0.split(separator: ",").map(String.init) },
                                   scormGranularity: granularity)
        let fileSystem = LocalFileSystem(root: root)
        let showProgress = Terminal.supportsColor(fileHandle: STDERR_FILENO)
        let progress: (@Sendable (String, Int, Int) -> Void)? = showProgress ? BuildCommand.showProgress : nil
        let builder = CourseBuilder(fileSystem: fileSystem, output: URL(fileURLWithPath: out), options: options)
        let result: CourseBuilder.Result
        do {
            result = try builder.build(warningsAsErrors: strict, progress: progress)
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        } catch let error as BuildError {
            throw CLIError.cannotRun(error.message)
        }
        CLILanguage.settle(repositoryLanguage: result.language)
        if showProgress { try Terminal.error("\r\u{1B}[2K") }
        if !result.diagnostics.isEmpty || !result.built {
            try output.print(result.diagnostics, directory: directory, fileSystem: fileSystem)
        }
        guard result.built else {
            try Terminal.error(CLILanguage.text("build refused: fix the errors above; nothing was written") + "\n")
            throw ExitCode(1)
        }
        let phaseID = result.phase?.id ?? ""
        var total = 0
        var listing = ""
        for artifact in result.artifacts {
            total += artifact.bytes
            let size = ByteCount.describe(artifact.bytes).padding(toLength: 10, withPad: " ", startingAt: 0)
            listing += "  \(size) \(out)/\(artifact.path)\(artifact.isDirectory ? "/" : "")\n"
        }
        try Terminal.write(listing + CLILanguage.text("built \(result.artifacts.count) artifacts (\(ByteCount.describe(total))) for phase \(phaseID) in \(out)") + "\n")
        // As in `check`: the process ends without tearing the model down.
        withExtendedLifetime(result) { Coursec.exitNow(0) }
    }
}
