import ArgumentParser
import CourseKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: localized("List every rule coursec checks."))

    @Option(help: .localized("Output format: text, json or markdown (docs/rules.md, docs/reglas.md)."))
    var format: String = "text"

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = CLILanguage.current
        switch format {
        case "text": try Terminal.write(RuleCatalog.text(language: language))
        case "json": try Terminal.write(RuleCatalog.json(language: language))
        case "markdown": try Terminal.write(RuleCatalog.markdown(language: language))
        default: throw CLIError.cannotRun("unknown format '\(format)'; use text, json or markdown")
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: localized("Explain a diagnostic: what it means and how to fix it."))

    @Argument(help: .localized("A rule id such as CS0103, or its name such as unknown-field."))
    var id: String

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else {
            let hint: Message = Suggestion.closest(to: id, in: RuleRegistry.all.map(\.id)).map { "; did you mean \($0)?" } ?? ""
            throw CLIError.cannotRun("no rule '\(id)'\(hint) (coursec rules lists them)")
        }
        try Terminal.write(RuleCatalog.explanation(of: rule, language: CLILanguage.current))
    }
}
