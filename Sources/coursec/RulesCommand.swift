import ArgumentParser
import CourseKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule coursec checks.")

    @Option(help: "Output format: text, json or markdown (docs/rules.md).")
    var format: String = "text"

    func run() throws {
        switch format {
        case "text": try Terminal.write(RuleCatalog.text())
        case "json": try Terminal.write(RuleCatalog.json())
        case "markdown": try Terminal.write(RuleCatalog.markdown())
        default: throw CLIError.cannotRun("unknown format '\(format)'; use text, json or markdown")
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a diagnostic: what it means and how to fix it.")

    @Argument(help: "A rule id such as CS0103, or its name such as unknown-field.")
    var id: String

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else {
            let hint = Suggestion.closest(to: id, in: RuleRegistry.all.map(\.id)).map { "; did you mean \($0)?" } ?? ""
            throw CLIError.cannotRun("no rule '\(id)'\(hint) (coursec rules lists them)")
        }
        try Terminal.write(RuleCatalog.explanation(of: rule))
    }
}
