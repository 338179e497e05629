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
        abstract: "The course compiler: checks course repositories and builds the packages learning platforms ingest.",
        version: CoursecVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self],
        defaultSubcommand: nil)

    /// ArgumentParser exits with 64 on usage errors; coursec promises 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue == 1 ? 1 : 2)
        }
    }
}
