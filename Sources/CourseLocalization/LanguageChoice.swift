/// How the language of a run is chosen, first match wins:
///
/// 1. `--lang es|en` on the command line;
/// 2. the `COURSEC_LANG` environment variable;
/// 3. the locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
///    and not empty, as gettext reads it; a Spanish locale (`es_MX.UTF-8`)
///    means Spanish, any other language (`en_US`, `fr_FR`) English, the
///    language coursec falls back to for readers of other languages. The
///    C or POSIX locale (`C.UTF-8`, the default of containers and CI
///    machines) names no language and leaves the choice to the next step;
/// 4. the repository's `language:` in coursec.yaml (Spanish or English);
/// 5. Spanish.
///
/// Steps 1–3 are known before anything is read (`explicit`), so `--help`
/// and the errors of a run that never reaches a repository use them.
public enum LanguageChoice {
    /// Why a `--lang` or `COURSEC_LANG` value was refused.
    public struct Invalid: Error, Sendable, Equatable {
        /// `--lang` or `COURSEC_LANG`.
        public var source: String
        public var value: String

        public init(source: String, value: String) {
            self.source = source
            self.value = value
        }

        public var message: Message { "\(source) '\(value)' is not a language coursec speaks; use es or en" }
    }

    /// The language given by the command line, `COURSEC_LANG` or the
    /// locale, or nil when none of them says. Throws `Invalid` for a
    /// `--lang` or `COURSEC_LANG` that is neither Spanish nor English.
    public static func explicit(argument: String?, environment: [String: String]) throws -> Language? {
        if let argument {
            guard let language = Language(tag: argument) else { throw Invalid(source: "--lang", value: argument) }
            return language
        }
        if let value = environment["COURSEC_LANG"], !value.isEmpty {
            guard let language = Language(tag: value) else { throw Invalid(source: "COURSEC_LANG", value: value) }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return namesNoLanguage(value) ? nil : Language(tag: value) == .es ? .es : .en
            }
        }
        return nil
    }

    /// Whether a locale is C or POSIX (`C`, `C.UTF-8`, `POSIX`): no language.
    static func namesNoLanguage(_ locale: String) -> Bool {
        let name = locale.prefix { $0 != "." && $0 != "@" }
        return name == "C" || name == "POSIX"
    }

    /// The language of a run once the repository is known: the explicit
    /// choice, else the repository's `language:`, else Spanish.
    public static func resolve(explicit: Language?, repositoryLanguage: String?) -> Language {
        explicit ?? repositoryLanguage.flatMap(Language.init(tag:)) ?? .es
    }

    /// The value of `--lang` in raw command-line arguments (`--lang es` or
    /// `--lang=es`), read before the arguments are parsed so that `--help`
    /// is written in that language. Nothing after `--` counts.
    public static func argument(in arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }
}
