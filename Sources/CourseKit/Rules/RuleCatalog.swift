/// Text and JSON views of the registry for `coursec rules` and
/// `coursec explain`, and the source of docs/rules.md (English) and
/// docs/reglas.md (Spanish), each in the language asked for.
public enum RuleCatalog {
    public static func text(language: Language) -> String {
        var out = ""
        for rule in RuleRegistry.all {
            let id = rule.id.padding(toLength: 8, withPad: " ", startingAt: 0)
            let name = rule.name.padding(toLength: 28, withPad: " ", startingAt: 0)
            let severity = rule.defaultSeverity.label.text(in: language).padding(toLength: 12, withPad: " ", startingAt: 0)
            out += "\(id)\(name)\(severity)\(rule.summary(in: language))\n"
        }
        return out
    }

    struct Entry: Encodable {
        var id: String
        var name: String
        var severity: Severity
        var category: String
        var summary: String
        var explanation: String
        var parameters: [String: String]
    }

    /// Every rule; `severity` and `category` are the machine's words, the
    /// summary and explanation are in `language`.
    public static func json(language: Language) -> String {
        StableJSON.encode(RuleRegistry.all.map {
            Entry(id: $0.id, name: $0.name, severity: $0.defaultSeverity, category: $0.category.rawValue,
                  summary: $0.summary(in: language), explanation: $0.explanation(in: language),
                  parameters: $0.parameters.mapValues(\.defaultValue))
        }) + "\n"
    }

    /// The generated page of every rule: docs/rules.md in English,
    /// docs/reglas.md in Spanish, so that the docs and the registry never disagree.
    public static func markdown(language: Language) -> String {
        func text(_ message: Message) -> String { message.text(in: language) }
        var out = text(RuleCatalogText.pageTitle) + "\n\n" + text(RuleCatalogText.pageIntroduction) + "\n\n"
        out += text(RuleCatalogText.tableHeader) + "\n| --- | --- | --- | --- | --- |\n"
        for rule in RuleRegistry.all {
            out += "| [\(rule.id)](#\(rule.id.lowercased())) | `\(rule.name)` | \(text(rule.defaultSeverity.label)) | "
                + "\(text(rule.category.label)) | \(rule.summary(in: language)) |\n"
        }
        for rule in RuleRegistry.all {
            out += "\n## \(rule.id)\n\n**\(rule.name)** — \(text(rule.defaultSeverity.label)), \(text(rule.category.label)). "
                + "\(rule.summary(in: language))\n\n"
            out += rule.explanation(in: language).replacingOccurrences(of: "\n    ", with: "\n\n    ") + "\n"
            if !rule.parameters.isEmpty {
                out += "\n" + text("Parameters (`policy.rules.\(rule.id).params`):") + "\n\n"
                for (name, value) in rule.parameters.sorted(by: { $0.key < $1.key }) {
                    out += "- " + text("`\(name)`: default `\(value.defaultValue)`") + "\n"
                }
            }
            for example in rule.examples {
                out += "\n" + text(example.triggers ? "Triggers it (`↓` marks where the diagnostic points):" : "Does not trigger it:") + "\n"
                if example.withoutKaTeX { out += text("(on a machine without KaTeX)") + "\n" }
                for (path, content) in example.files.sorted(by: { $0.key < $1.key }) {
                    out += "\n`\(path)`:\n\n"
                    if content.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
                        out += text("(a binary file of \(content.utf8.count) bytes)") + "\n"
                        continue
                    }
                    let fence = content.contains("```") ? "~~~~" : "```"
                    out += fence + (path.hasSuffix(".md") ? "markdown" : "yaml") + "\n" + content
                    out += (content.hasSuffix("\n") ? "" : "\n") + fence + "\n"
                }
                for (path, bytes) in example.bytes.sorted(by: { $0.key < $1.key }) {
                    out += "\n`\(path)`: \(text(ExampleBytes.describe(bytes)))\n"
                }
                for (path, archive) in example.archives.sorted(by: { $0.key < $1.key }) {
                    out += "\n" + text("`\(path)`, a ZIP file holding:") + "\n\n```text\n" + archive.listing
                        + (archive.listing.hasSuffix("\n") ? "" : "\n") + "```\n"
                }
            }
        }
        return out
    }

    /// What `coursec explain` prints: the rule, its explanation, its
    /// parameters and its examples, in `language`.
    public static func explanation(of rule: Rule, language: Language) -> String {
        func text(_ message: Message) -> String { message.text(in: language) }
        var out = "\(rule.id) \(rule.name) (\(text(rule.defaultSeverity.label)), \(text(rule.category.label)))\n\n"
        out += rule.summary(in: language) + "\n\n" + rule.explanation(in: language) + "\n"
        if !rule.parameters.isEmpty {
            out += "\n" + text("Parameters (set them in coursec.yaml under policy.rules.\(rule.id).params):") + "\n"
            for (name, value) in rule.parameters.sorted(by: { $0.key < $1.key }) {
                out += "  " + text("\(name): \(value.defaultValue) (default)") + "\n"
            }
        }
        for example in rule.examples {
            out += "\n" + text(example.triggers ? "Example that triggers it:" : "Example that does not trigger it:") + "\n"
            for (path, content) in example.files.sorted(by: { $0.key < $1.key }) {
                out += "\n  \(path):\n"
                var lines = content.replacingOccurrences(of: "↓", with: "").split(separator: "\n", omittingEmptySubsequences: false)
                // The examples of limits are hundreds of lines alike: their start and end show them.
                if lines.count > 40 {
                    lines = lines.prefix(16) + [Substring(text("… (\(lines.count - 22) more lines like these)"))] + lines.suffix(6)
                }
                for line in lines {
                    out += (line.isEmpty ? "" : "    " + line) + "\n"
                }
            }
            for (path, bytes) in example.bytes.sorted(by: { $0.key < $1.key }) {
                out += "\n  \(path): \(text(ExampleBytes.describe(bytes)))\n"
            }
            for (path, archive) in example.archives.sorted(by: { $0.key < $1.key }) {
                out += "\n  " + text("\(path) (a ZIP file holding):") + "\n"
                for line in archive.listing.split(separator: "\n") { out += "    " + line + "\n" }
            }
        }
        return out
    }
}

/// The fixed words of the rules' pages.
enum RuleCatalogText {
    static let pageTitle: Message = "# Rules"
    static let pageIntroduction: Message = """
        Every diagnostic coursec reports comes from one of these rules. This page is generated from the
        rule registry (`coursec rules --format markdown --lang en > docs/rules.md`; in Spanish,
        docs/reglas.md); `coursec explain ID` prints one rule with its examples. Configure rules in the
        `policy` section of `coursec.yaml` (see format.md).
        """
    static let tableHeader: Message = "| id | name | default | category | summary |"
}

extension Rule.Category {
    /// The category's name for people ("structure", "estructura").
    public var label: Message {
        switch self {
        case .source: "source"
        case .structure: "structure"
        case .references: "references"
        case .questions: "questions"
        case .alignment: "alignment"
        case .assessment: "assessment"
        case .rhythm: "rhythm"
        case .rendering: "rendering"
        case .release: "release"
        case .policy: "policy"
        case .accessibility: "accessibility"
        case .limits: "limits"
        case .results: "results"
        case .imports: "imports"
        }
    }
}
