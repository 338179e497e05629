import ArgumentParser
import CourseRelease
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: localized("Verify a release folder or signed artifacts against a public key."),
        discussion: localized("""
            For a release folder: release.json's signature, then every listed file's size, SHA-256 and signature; \
            missing, extra, altered, truncated and wrongly signed files are named. For a file: its .minisig. \
            Every signature's trusted comment must be coursec's and name the file and its SHA-256. With --previous \
            or --min-release, an older release (a lower release number or an earlier phase) fails as a rollback. \
            Exit status: 0 everything verifies, 1 anything does not, 2 could not run.
            """))

    @Option(name: .long, help: .localized("The minisign public key (.pub) of the signer."))
    var pubkey: String

    @Argument(help: .localized("Release folders or signed files."))
    var paths: [String]

    @Option(name: .long, help: .localized("Output format: text or json."))
    var format: String = "text"

    @Option(name: .long, help: .localized("A release folder known to be genuine: anything verified must be newer than it."))
    var previous: String?

    @Option(name: .customLong("min-release"), help: .localized("The lowest acceptable release number."))
    var minRelease: Int?

    @Flag(name: .customLong("inspect-archives"), help: .localized("Also open each ZIP and reject unsafe entries (absolute paths, .., links, oversized)."))
    var inspectArchives = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw CLIError.cannotRun("unknown format '\(format)'; use text or json") }
        guard !paths.isEmpty else { throw CLIError.cannotRun("give at least one release folder or file to verify") }
    }

    func run() throws {
        try ReleaseCLI.mapErrors {
            let key = try SigningKeyLoader.loadPublicKey(URL(fileURLWithPath: pubkey))
            var verifier = ReleaseVerifier(publicKey: key, inspectArchives: inspectArchives)
            verifier.minimumRelease = minRelease
            if let previous {
                do {
                    verifier.previous = try verifier.trustedManifest(of: URL(fileURLWithPath: previous))
                } catch let error as ReleaseError {
                    throw CLIError.cannotRun("--previous: \(error.message)")
                }
            }
            let report = try verifier.verify(paths: paths)
            let language = CLILanguage.current
            try Terminal.write(format == "json" ? try report.json(language: language) : report.text(language: language))
            if !report.ok { throw ExitCode(1) }
        }
    }
}
