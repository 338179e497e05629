import CoursecTestSupport
import Foundation
import Testing

/// The language coursec speaks, through the binary: how it is chosen
/// (`--lang`, `COURSEC_LANG`, the locale, the repository's `language:`,
/// Spanish), and that everything a run prints follows it: diagnostics and
/// their summary, machine formats (with the rule id and the message in the
/// chosen language), help, errors, and the example courses.
@Suite struct LanguageTests {
    static let fixture = "Tests/CoursecCLITests/Fixtures/many-problems"
    static let english = "9 errors, 1 warning in 4 files\n"
    static let spanish = "9 errores, 1 advertencia en 4 archivos\n"

    /// The summary line of `check` on the fixture (Spanish repository) or on a copy whose `language:` is `en`.
    static func summary(_ arguments: [String] = [], _ environment: [String: String], englishRepository: Bool = false) throws -> String {
        var folder = fixture
        if englishRepository {
            let copy = try ScratchFolder.make("english-repository").appendingPathComponent("repo")
            try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent(fixture), to: copy)
            let manifest = copy.appendingPathComponent("coursec.yaml")
            try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "language: es-MX", with: "language: en")
                .write(to: manifest, atomically: true, encoding: .utf8)
            folder = copy.path
        }
        let out = try CLIRunner.run(["check", folder] + arguments, environment: environment)
        #expect(out.status == 1, "\(out.stderr)")
        return String(out.stdout.split(separator: "\n", omittingEmptySubsequences: false).suffix(2).joined(separator: "\n"))
    }

    @Test func theFlagBeatsTheVariableWhichBeatsTheLocale() throws {
        #expect(try Self.summary(["--lang", "es"], ["COURSEC_LANG": "en", "LC_ALL": "en_US.UTF-8"]) == Self.spanish)
        #expect(try Self.summary(["--lang=en"], ["COURSEC_LANG": "es"]) == Self.english)
        #expect(try Self.summary([], ["COURSEC_LANG": "en", "LC_ALL": "es_MX.UTF-8"]) == Self.english)
        #expect(try Self.summary([], ["COURSEC_LANG": "es", "LANG": "en_US.UTF-8"], englishRepository: true) == Self.spanish)
    }

    @Test func theLocaleBeatsTheRepository() throws {
        #expect(try Self.summary([], ["LANG": "es_MX"], englishRepository: true) == Self.spanish, "LANG=es_MX changes the language")
        #expect(try Self.summary([], ["LANG": "es_MX.UTF-8"], englishRepository: true) == Self.spanish)
        #expect(try Self.summary([], ["LANG": "en_US.UTF-8"]) == Self.english)
        #expect(try Self.summary([], ["LC_ALL": "en_US.UTF-8", "LANG": "es_MX.UTF-8"]) == Self.english, "LC_ALL before LANG")
        #expect(try Self.summary([], ["LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"], englishRepository: true) == Self.spanish)
    }

    @Test func withoutALocaleTheRepositoryDecidesThenSpanish() throws {
        for environment in [["LANG": ""], ["LANG": "C.UTF-8"], ["LC_ALL": "POSIX"]] {
            #expect(try Self.summary([], environment) == Self.spanish, "\(environment): the repository is es-MX")
            #expect(try Self.summary([], environment, englishRepository: true) == Self.english, "\(environment): the repository is en")
        }
        // No repository at all: Spanish.
        let out = try CLIRunner.run(["explain", "CS0103"], environment: ["LANG": ""])
        #expect(out.stdout.hasPrefix("CS0103 unknown-field (error, estructura)\n\nUn campo no es parte del formato."), "\(out.stdout)")
    }

    @Test func aLanguageCoursecDoesNotSpeakCannotRun() throws {
        let flag = try CLIRunner.run(["check", Self.fixture, "--lang", "fr"])
        #expect(flag.status == 2)
        #expect(flag.stderr == "error: --lang 'fr' is not a language coursec speaks; use es or en\n", "\(flag.stderr)")
        let variable = try CLIRunner.run(["check", Self.fixture], environment: ["COURSEC_LANG": "fr", "LANG": "es_MX.UTF-8"])
        #expect(variable.status == 2)
        #expect(variable.stderr == "error: COURSEC_LANG 'fr' no es un idioma de coursec; usa es o en\n", "\(variable.stderr)")
    }

    /// JSON and SARIF carry the rule id and the message in the chosen
    /// language; both runs report the same diagnostics at the same places.
    @Test func machineFormatsCarryTheIdAndTheChosenLanguage() throws {
        func json(_ language: String) throws -> [String: Any] {
            let out = try CLIRunner.run(["check", Self.fixture, "--format", "json", "--lang", language])
            return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        }
        let es = try json("es"), en = try json("en")
        #expect(es["language"] as? String == "es" && en["language"] as? String == "en")
        let esItems = try #require(es["diagnostics"] as? [[String: Any]]), enItems = try #require(en["diagnostics"] as? [[String: Any]])
        #expect(esItems.count == 10 && esItems.count == enItems.count)
        for (s, e) in zip(esItems, enItems) {
            let id = try #require(s["id"] as? String)
            #expect(id.wholeMatch(of: /CS[0-9]{4}/) != nil && id == e["id"] as? String)
            #expect((s["range"] as? NSDictionary) == (e["range"] as? NSDictionary))
            let spanish = try #require(s["message"] as? String), english = try #require(e["message"] as? String)
            #expect(spanish != english, "\(id): the Spanish message is the English one")
            #expect((s["messages"] as? [String: String]) == ["es": spanish, "en": english])
            #expect((e["messages"] as? [String: String]) == ["es": spanish, "en": english])
        }
        #expect(esItems.contains { $0["message"] as? String == "campo desconocido `titel` en course.yaml; ¿quisiste decir `title`?" })

        func sarif(_ language: String) throws -> [String: Any] {
            let out = try CLIRunner.run(["check", Self.fixture, "--format", "sarif", "--lang", language])
            let log = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
            return try #require((log["runs"] as? [[String: Any]])?.first)
        }
        let run = try sarif("es"), enRun = try sarif("en")
        #expect(run["language"] as? String == "es")
        let results = try #require(run["results"] as? [[String: Any]]), enResults = try #require(enRun["results"] as? [[String: Any]])
        #expect(results.count == enResults.count)
        for (s, e) in zip(results, enResults) {
            #expect(s["ruleId"] as? String == e["ruleId"] as? String && s["ruleId"] is String)
            let text = try #require((s["message"] as? [String: Any])?["text"] as? String)
            #expect(text != (e["message"] as? [String: Any])?["text"] as? String)
            #expect(((s["properties"] as? [String: Any])?["messages"] as? [String: String])?["es"] == text)
        }
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
        let unknownField = try #require(rules.first { $0["id"] as? String == "CS0103" })
        #expect((unknownField["shortDescription"] as? [String: Any])?["text"] as? String == "Un campo no es parte del formato.")
    }

    /// The example courses check clean, and their coverage reads, in both languages.
    @Test func theExampleCoursesInSpanishAndEnglish() throws {
        let es = try CLIRunner.run(["check", "Courses", "--strict", "--lang", "es"])
        let en = try CLIRunner.run(["check", "Courses", "--strict", "--lang", "en"])
        #expect(es.status == 0 && en.status == 0, "\(es.stdout)\(en.stdout)")
        #expect(es.stdout == "sin problemas\n" && en.stdout == "no problems\n")
        let coverageES = try CLIRunner.run(["coverage", "Courses", "--lang", "es"])
        let coverageEN = try CLIRunner.run(["coverage", "Courses", "--lang", "en"])
        #expect(coverageES.stdout.hasPrefix("Matemáticas 1 (matematicas-1)\n20 lecciones, 8 prácticas (28 en total)"), "\(coverageES.stdout)")
        #expect(coverageEN.stdout.hasPrefix("Matemáticas 1 (matematicas-1)\n20 lessons, 8 practice quizzes (28 in all)"), "\(coverageEN.stdout)")
        #expect(coverageES.stdout.contains("Sin faltantes.") && coverageEN.stdout.contains("No gaps."))
        // Same numbers, other words: only digits and the courses' own names are shared line by line.
        let digits: (String) -> [String] = { $0.split(separator: "\n").map { String($0.filter(\.isNumber)) } }
        #expect(digits(coverageES.stdout) == digits(coverageEN.stdout))
    }

    /// A broken copy of the example courses: the same problems at the same
    /// places in both languages, each said in the language asked for.
    @Test func problemsInTheExampleCoursesInBothLanguages() throws {
        let work = try ScratchFolder.make("courses-languages")
        let courses = work.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"), to: courses)
        let lesson = courses.appendingPathComponent("matematicas-1/lecciones/02-racionales-y-decimales.md")
        try String(contentsOf: lesson, encoding: .utf8).replacingOccurrences(of: "\nobjectives:", with: "\nobjetives:")
            .write(to: lesson, atomically: true, encoding: .utf8)
        let es = try CLIRunner.run(["check", "Courses", "--format", "github", "--lang", "es"], in: work)
        let en = try CLIRunner.run(["check", "Courses", "--format", "github", "--lang", "en"], in: work)
        #expect(es.status == 1 && en.status == 1)
        // `::error file=…,line=…,col=…,…,title=CS0103::message`: all but the message.
        func places(_ text: String) -> [String] {
            text.split(separator: "\n").filter { $0.hasPrefix("::") }.map { String($0.dropFirst(2).prefix { $0 != ":" }) }
        }
        #expect(places(es.stdout) == places(en.stdout) && !places(es.stdout).isEmpty)
        #expect(es.stdout.contains("campo desconocido `objetives` en el encabezado; ¿quisiste decir `objectives`?"), "\(es.stdout)")
        #expect(en.stdout.contains("unknown field `objetives` in the front matter; did you mean `objectives`?"), "\(en.stdout)")
    }

    /// `--help` of every command in both languages: the parser's headings
    /// and every command's own words follow the language.
    @Test(arguments: HelpAndCompletionTests.commands)
    func helpInBothLanguages(_ command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        let es = try CLIRunner.run(words + ["--help", "--lang", "es"])
        let en = try CLIRunner.run(words + ["--help"], environment: ["COURSEC_LANG": "en"])
        let locale = try CLIRunner.run(words + ["--help"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(es.status == 0 && en.status == 0)
        #expect(locale.stdout == es.stdout, "LANG=es_MX gives the Spanish help")
        #expect(es.stdout.contains("USO: coursec") && en.stdout.contains("USAGE: coursec"))
        for heading in ["OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Show help information.", "(default:"] {
            #expect(!es.stdout.contains(heading), "coursec \(command) --help --lang es: \(heading)")
        }
        // Each line of help text differs between the two: the text column of
        // arguments, options and subcommands (from column 27), and the lines
        // of the overview and discussion. Option names and values are the same.
        func texts(_ help: String) -> [String] {
            help.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("USAGE:"), !line.hasPrefix("USO:") else { return nil }
                let text = (line.hasPrefix("  ") ? String(line.dropFirst(26)) : String(line)).trimmingCharacters(in: .whitespaces)
                // Prose: at least two lowercase words (not names such as `unknown-field` or CSV columns).
                let words = text.split(separator: " ").filter { $0.count >= 3 && $0.allSatisfy { $0.isLowercase || ",.;:()".contains($0) } }
                return words.count >= 2 ? text : nil
            }
        }
        let english = Set(texts(en.stdout))
        #expect(!texts(es.stdout).isEmpty)
        for text in texts(es.stdout) {
            #expect(!english.contains(text), "coursec \(command): “\(text)” is the same in English")
        }
    }
}
