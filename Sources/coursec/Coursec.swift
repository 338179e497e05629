import ArgumentParser
import CourseKit
import Foundation

/// The `coursec` command line: a thin layer that parses arguments, calls
/// CourseKit, prints, and maps outcomes to exit codes (0 ok, 1 problems
/// found, 2 could not run).
@main
struct Coursec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursec",
        abstract: localized("The course compiler: checks course repositories and builds the packages learning platforms ingest."),
        version: CoursecVersion.current,
        subcommands: [CheckCommand.self, BuildCommand.self, CoverageCommand.self, RulesCommand.self, ExplainCommand.self,
                      KeygenCommand.self, ReleaseCommand.self, VerifyCommand.self, DiffCommand.self, ResultsCommand.self,
                      InitCommand.self, NewCommand.self, SchemaCommand.self, ImportCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    @OptionGroup var languageOptions: LanguageOptions

    /// Exit codes are part of the interface: 0 ok, 1 problems found, 2
    /// could not run. ArgumentParser's usage errors (64) become 2.
    /// Ends the process now without releasing what is still alive (see
    /// `CheckCommand.run`). Output goes through `FileHandle`, unbuffered.
    static func exitNow(_ code: Int32) -> Never {
        Foundation.exit(code)
    }

    static func main() {
        if StageTimings.shared.enabled {
            // Commands end with exit(), so the report is printed on the way out.
            atexit { Terminal.lastWords(StageTimings.shared.report() + "\n") }
        }
        do {
            if case .failure(let invalid) = CLILanguage.explicit { throw CLIError.cannotRun(invalid.message) }
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Terminal.lastWords(error.description + "\n")
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            // --help and --version (exit 0), usage errors (exit 2), in the run's language.
            let text = ParserText.localized(fullMessage(for: error), in: CLILanguage.current)
            if exitCode(for: error).rawValue == 0 {
                do { try Terminal.write(text + "\n") } catch { Terminal.lastWords("\(error)\n"); Foundation.exit(2) }
                Foundation.exit(0)
            }
            Terminal.lastWords(text + "\n")
            Foundation.exit(2)
        }
    }
}
