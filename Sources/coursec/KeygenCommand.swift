import ArgumentParser
import CourseRelease
import Foundation

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: localized("Create a minisign key pair for signing releases."),
        discussion: localized("""
            Writes PREFIX.key (mode 0600, encrypted with a password unless --no-password) and PREFIX.pub, in \
            minisign's formats: minisign reads them and coursec reads keys made by minisign -G. The password comes \
            from COURSEC_KEY_PASSWORD or a prompt on the terminal. Exit status: 0 written, 2 could not run.
            """))

    @Option(name: .long, help: .localized("Path prefix of the key files (writes PREFIX.key and PREFIX.pub)."))
    var out: String

    @Flag(name: .customLong("no-password"), help: .localized("Do not encrypt the secret key (for CI keys kept in a secret store)."))
    var noPassword = false

    @Flag(help: .localized("Replace existing key files."))
    var force = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        try ReleaseCLI.mapErrors {
            let password = noPassword ? nil : try PasswordPrompt().newPassword()
            let result = try Keygen.generate(prefix: out, password: password, overwrite: force)
            try Terminal.write(CLILanguage.text("secret key: \(result.secretKey.path) (keep it private; never commit it)") + "\n"
                + CLILanguage.text("public key: \(result.publicKey.path) (publish it so anyone can verify releases)") + "\n"
                + CLILanguage.text("key id: \(result.keyID)") + "\n")
        }
    }
}
