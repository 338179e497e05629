import ArgumentParser
import CourseKit
import Foundation

/// The language coursec speaks in this run (see `LanguageChoice` for the
/// order: `--lang`, `COURSEC_LANG`, the locale, the repository's
/// `language:`, Spanish).
///
/// `--lang` is read from the raw arguments before they are parsed, so that
/// `--help` and the parser's own errors are in the chosen language too; the
/// `--lang` options the commands declare (`LanguageOptions`) only document
/// and accept it. A command that reads a repository settles the language
/// with `settle(repositoryLanguage:)`; everything printed afterwards, a
/// failure included, uses it.
enum CLILanguage {
    /// What the command line, `COURSEC_LANG` and the locale say, or why
    /// `--lang` or `COURSEC_LANG` cannot be used.
    static let explicit: Result<Language?, LanguageChoice.Invalid> = Result {
        try LanguageChoice.explicit(argument: LanguageChoice.argument(in: Array(CommandLine.arguments.dropFirst())),
                                    environment: ProcessInfo.processInfo.environment)
    }.mapError { $0 as! LanguageChoice.Invalid }

    /// The language before a repository is read: help, usage errors. When
    /// `--lang` or `COURSEC_LANG` is refused, the refusal is said in the
    /// locale's language.
    static var beforeRepository: Language {
        switch explicit {
        case .success(let language): return language ?? .es
        case .failure:
            let locale = ProcessInfo.processInfo.environment.filter { $0.key != "COURSEC_LANG" }
            return ((try? LanguageChoice.explicit(argument: nil, environment: locale)) ?? nil) ?? .es
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var settled: Language?

    /// The language of the run: settled by the repository once it is read,
    /// else the one before any repository.
    static var current: Language {
        lock.lock()
        defer { lock.unlock() }
        return settled ?? beforeRepository
    }

    /// Settles the language once the repository's `language:` is known.
    @discardableResult
    static func settle(repositoryLanguage: String?) -> Language {
        let language = LanguageChoice.resolve(explicit: (try? explicit.get()) ?? nil, repositoryLanguage: repositoryLanguage)
        lock.lock()
        settled = language
        lock.unlock()
        return language
    }

    /// `message` in the current language.
    static func text(_ message: Message) -> String { message.text(in: current) }
}

/// A help text of the command line, in the language chosen before parsing.
func localized(_ message: Message) -> String { message.text(in: CLILanguage.beforeRepository) }

extension ArgumentHelp {
    /// An argument's or option's help, in the language chosen before parsing.
    static func localized(_ message: Message) -> ArgumentHelp { ArgumentHelp(message.text(in: CLILanguage.beforeRepository)) }
}

/// `--lang`, accepted by every command (its value was read before parsing).
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: .localized("The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository's language, then es)."))
    var lang: String?

    func validate() throws {
        if let lang, Language(tag: lang) == nil {
            throw CLIError.cannotRun(LanguageChoice.Invalid(source: "--lang", value: lang).message)
        }
    }
}
