import ArgumentParser
import CourseKit
import CourseRelease
import Foundation

struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: localized("Build, sign and describe the release of one phase."),
        discussion: localized("""
            Builds every target for the phase into a new folder, signs every file with the minisign key, and writes \
            release.json (signed), CHANGES.md and changes.json. With --previous, a course whose content changed must \
            have a higher version. See docs/releases.md. Exit status: 0 released, 1 errors in the sources or versions \
            (nothing written), 2 could not run.
            """))

    @Argument(help: .localized("The course repository, or any folder in it (default: the current folder)."))
    var directory: String = "."

    @Option(name: .long, help: .localized("The phase to release (an id from coursec.yaml)."))
    var phase: String

    @Option(name: .long, help: .localized("A new or empty folder for the release."))
    var out: String

    @Option(name: .customLong("sign-key"), help: .localized("The minisign secret key (password from COURSEC_KEY_PASSWORD or a prompt)."))
    var signKey: String

    @Option(name: .long, help: .localized("The previous release folder, for version rules and CHANGES.md."))
    var previous: String?

    @Option(name: .customLong("previous-key"),
            help: .localized("The public key (.pub) the previous release was signed with, when it is not this key's."))
    var previousKey: String?

    @Flag(help: .localized("Treat warnings in the sources as errors."))
    var strict = false

    @OptionGroup var output: DiagnosticOutputOptions

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let directory = try RepositoryArgument.root(self.directory)
        try ReleaseCLI.mapErrors {
            let key = try SigningKeyLoader.load(URL(fileURLWithPath: signKey), password: PasswordPrompt().password(for:))
            var options = ReleaseBuilder.Options(sourceRoot: URL(fileURLWithPath: directory), phaseID: phase,
                                                 output: URL(fileURLWithPath: out),
                                                 previous: previous.map { URL(fileURLWithPath: $0) })
            options.warningsAsErrors = strict
            options.previousPublicKey = try previousKey.map { try SigningKeyLoader.loadPublicKey(URL(fileURLWithPath: $0)) }
            let result = try ReleaseBuilder(options: options, key: key).run()
            CLILanguage.settle(repositoryLanguage: result.language)
            if !result.diagnostics.isEmpty || result.manifest == nil {
                try output.print(result.diagnostics, directory: directory, fileSystem: LocalFileSystem(root: URL(fileURLWithPath: directory)))
            }
            guard let manifest = result.manifest else {
                try Terminal.error(CLILanguage.text("release refused: fix the errors above; nothing was written") + "\n")
                throw ExitCode(1)
            }
            for warning in result.warnings { try Terminal.error(CLILanguage.text("warning: \(warning)") + "\n") }
            for artifact in manifest.artifacts {
                let size = ByteCount.describe(artifact.bytes).padding(toLength: 10, withPad: " ", startingAt: 0)
                let how: Message = artifact.isDirectory ? "listed in release.json" : "signed"
                try Terminal.write("  \(size) \(out)/\(artifact.path)\(artifact.isDirectory ? "/" : "")  (\(CLILanguage.text(how)))\n")
            }
            let courses = manifest.courses.map { "\($0.id)@\($0.version)" }.joined(separator: ", ")
            try Terminal.write(CLILanguage.text("released phase \(manifest.phase.id) (\(courses)): \(manifest.artifacts.count) artifacts, signed with key \(key.keyIDHex), in \(out)") + "\n")
        }
    }
}

/// Maps release-stage errors to the CLI's exit codes: problems in the
/// sources or versions exit 1, everything else (arguments, keys, files) 2.
enum ReleaseCLI {
    static func mapErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ReleaseError {
            if error.isContentProblem {
                try Terminal.error(CLILanguage.text(error.message) + "\n")
                throw ExitCode(1)
            }
            throw CLIError.cannotRun(error.message)
        }
    }
}
