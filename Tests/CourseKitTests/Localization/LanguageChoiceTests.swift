import Testing
@testable import CourseKit

/// The order in which the language of a run is chosen: `--lang`, then
/// `COURSEC_LANG`, then the locale as gettext reads it (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; C and POSIX name no language), then the
/// repository's `language:`, then Spanish.
@Suite struct LanguageChoiceTests {
    static func choose(_ argument: String? = nil, _ environment: [String: String] = [:], repository: String? = nil) throws -> Language {
        LanguageChoice.resolve(explicit: try LanguageChoice.explicit(argument: argument, environment: environment),
                               repositoryLanguage: repository)
    }

    @Test func eachSourceBeatsTheOnesAfterIt() throws {
        let all = ["COURSEC_LANG": "es", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_GB.UTF-8"]
        #expect(try Self.choose("en", all, repository: "es") == .en, "--lang first")
        #expect(try Self.choose("es", ["COURSEC_LANG": "en"], repository: "en") == .es)
        #expect(try Self.choose(nil, all, repository: "en") == .es, "then COURSEC_LANG")
        #expect(try Self.choose(nil, all.filter { $0.key != "COURSEC_LANG" }, repository: "es") == .en, "then LC_ALL")
        #expect(try Self.choose(nil, ["LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"], repository: "en") == .es, "then LC_MESSAGES")
        #expect(try Self.choose(nil, ["LANG": "en_US.UTF-8"], repository: "es-MX") == .en, "then LANG")
        #expect(try Self.choose(nil, [:], repository: "en") == .en, "then the repository")
        #expect(try Self.choose(nil, [:], repository: nil) == .es, "then Spanish")
    }

    @Test func aSpanishLocaleOfAnyCountryMeansSpanish() throws {
        for locale in ["es_MX", "es_MX.UTF-8", "es_ES.UTF-8@euro", "es", "es-419"] {
            #expect(try Self.choose(nil, ["LANG": locale], repository: "en") == .es, "\(locale)")
        }
        for locale in ["en_US.UTF-8", "en", "fr_FR.UTF-8", "pt_BR"] {
            #expect(try Self.choose(nil, ["LANG": locale], repository: "es") == .en, "\(locale): English, the fallback for other languages")
        }
    }

    @Test func theCLocaleAndEmptyVariablesLeaveTheChoiceToTheRepository() throws {
        for environment in [["LANG": "C.UTF-8"], ["LC_ALL": "C"], ["LANG": "POSIX"], ["LANG": ""], ["COURSEC_LANG": "", "LC_ALL": ""]] {
            #expect(try Self.choose(nil, environment, repository: "en") == .en, "\(environment)")
            #expect(try Self.choose(nil, environment, repository: "es-MX") == .es, "\(environment)")
        }
        // The first variable set decides, as in gettext: a C LC_ALL hides a Spanish LANG.
        #expect(try Self.choose(nil, ["LC_ALL": "C.UTF-8", "LANG": "es_MX.UTF-8"], repository: "en") == .en)
    }

    @Test func anUnknownRepositoryLanguageMeansSpanish() throws {
        #expect(try Self.choose(nil, [:], repository: "fr") == .es)
        #expect(try Self.choose(nil, [:], repository: "") == .es)
    }

    @Test func aLanguageCoursecDoesNotSpeakIsRefusedWithItsSource() {
        #expect(throws: LanguageChoice.Invalid(source: "--lang", value: "fr")) { try Self.choose("fr", ["COURSEC_LANG": "es"]) }
        #expect(throws: LanguageChoice.Invalid(source: "COURSEC_LANG", value: "klingon")) { try Self.choose(nil, ["COURSEC_LANG": "klingon"]) }
        let message = LanguageChoice.Invalid(source: "--lang", value: "fr").message
        #expect(message.text(in: .en) == "--lang 'fr' is not a language coursec speaks; use es or en")
        #expect(message.text(in: .es) == "--lang 'fr' no es un idioma de coursec; usa es o en")
    }

    @Test func tagsAreReadAsPeopleWriteThem() {
        #expect(Language(tag: "ES") == .es && Language(tag: "es-MX") == .es && Language(tag: "spa") == .es && Language(tag: "español") == .es)
        #expect(Language(tag: "EN") == .en && Language(tag: "en_US.UTF-8") == .en && Language(tag: "English") == .en)
        #expect(Language(tag: "fr") == nil && Language(tag: "") == nil && Language(tag: "e") == nil && Language(tag: "esperanto") == nil)
    }

    @Test func theArgumentIsFoundBeforeParsing() {
        #expect(LanguageChoice.argument(in: ["check", "--lang", "en", "Courses"]) == "en")
        #expect(LanguageChoice.argument(in: ["--lang=es", "check"]) == "es")
        #expect(LanguageChoice.argument(in: ["--lang", "es", "--lang", "en"]) == "en", "the last one wins, as for any option")
        #expect(LanguageChoice.argument(in: ["check", "--", "--lang", "en"]) == nil, "nothing after --")
        #expect(LanguageChoice.argument(in: ["check", "--lang"]) == nil)
    }
}
