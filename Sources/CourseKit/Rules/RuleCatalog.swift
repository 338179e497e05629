/// Text and JSON views of the registry for `coursec rules` and
/// `coursec explain`, and the source of docs/rules.md.
public enum RuleCatalog {
    public static func text() -> String {
        var out = ""
        for rule in RuleRegistry.all {
            let id = rule.id.padding(toLength: 8, withPad: " ", startingAt: 0)
            let name = rule.name.padding(toLength: 28, withPad: " ", startingAt: 0)
            let severity = rule.defaultSeverity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            out += "\(id)\(name)\(severity)\(rule.summary)\n"
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

    public static func json() -> String {
        StableJSON.encode(RuleRegistry.all.map {
            Entry(id: $0.id, name: $0.name, severity: $0.defaultSeverity, category: $0.category.rawValue,
                  summary: $0.summary, explanation: $0.explanation, parameters: $0.parameters.mapValues(\.defaultValue))
        }) + "\n"
    }

    /// docs/rules.md, generated so that the docs and the registry never disagree.
    public static func markdown() -> String {
        var out = "# Rules\n\n"
        out += "Every diagnostic coursec reports comes from one of these rules. This page is generated from the\n"
        out += "rule registry (`coursec rules --format markdown > docs/rules.md`); `coursec explain ID` prints one\n"
        out += "rule with its examples. Configure rules in the `policy` section of `coursec.yaml` (see format.md).\n\n"
        out += "| id | name | default | category | summary |\n| --- | --- | --- | --- | --- |\n"
        for rule in RuleRegistry.all {
            out += "| [\(rule.id)](#\(rule.id.lowercased())) | `\(rule.name)` | \(rule.defaultSeverity.rawValue) | \(rule.category.rawValue) | \(rule.summary) |\n"
        }
        for rule in RuleRegistry.all {
            out += "\n## \(rule.id)\n\n**\(rule.name)** — \(rule.defaultSeverity.rawValue), \(rule.category.rawValue). \(rule.summary)\n\n"
            out += rule.explanation.replacingOccurrences(of: "\n    ", with: "\n\n    ") + "\n"
            if !rule.parameters.isEmpty {
                out += "\nParameters (`policy.rules.\(rule.id).params`):\n\n"
                for (name, value) in rule.parameters.sorted(by: { $0.key < $1.key }) { out += "- `\(name)`: default `\(value)`\n" }
            }
            for example in rule.examples {
                out += example.triggers ? "\nTriggers it (`↓` marks where the diagnostic points):\n" : "\nDoes not trigger it:\n"
                if example.withoutKaTeX { out += "(on a machine without KaTeX)\n" }
                for (path, content) in example.files.sorted(by: { $0.key < $1.key }) {
                    out += "\n`\(path)`:\n\n"
                    if content.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
                        out += "(a binary file of \(content.utf8.count) bytes)\n"
                        continue
                    }
                    let fence = content.contains("```") ? "~~~~" : "```"
                    out += fence + (path.hasSuffix(".md") ? "markdown" : "yaml") + "\n" + content
                    out += (content.hasSuffix("\n") ? "" : "\n") + fence + "\n"
                }
                for (path, bytes) in example.bytes.sorted(by: { $0.key < $1.key }) {
                    out += "\n`\(path)`: \(ExampleBytes.describe(bytes))\n"
                }
                for (path, archive) in example.archives.sorted(by: { $0.key < $1.key }) {
                    out += "\n`\(path)`, a ZIP file holding:\n\n```text\n" + archive.listing + (archive.listing.hasSuffix("\n") ? "" : "\n") + "```\n"
                }
            }
        }
        return out
    }

    public static func explanation(of rule: Rule) -> String {
        var out = "\(rule.id) \(rule.name) (\(rule.defaultSeverity.rawValue), \(rule.category.rawValue))\n\n"
        out += rule.summary + "\n\n" + rule.explanation + "\n"
        if !rule.parameters.isEmpty {
            out += "\nParameters (set them in coursec.yaml under policy.rules.\(rule.id).params):\n"
            for (name, value) in rule.parameters.sorted(by: { $0.key < $1.key }) { out += "  \(name): \(value) (default)\n" }
        }
        for example in rule.examples {
            out += example.triggers ? "\nExample that triggers it:\n" : "\nExample that does not trigger it:\n"
            for (path, content) in example.files.sorted(by: { $0.key < $1.key }) {
                out += "\n  \(path):\n"
                var lines = content.replacingOccurrences(of: "↓", with: "").split(separator: "\n", omittingEmptySubsequences: false)
                // The examples of limits are hundreds of lines alike: their start and end show them.
                if lines.count > 40 {
                    lines = lines.prefix(16) + ["… (\(lines.count - 22) more lines like these)"] + lines.suffix(6)
                }
                for line in lines {
                    out += (line.isEmpty ? "" : "    " + line) + "\n"
                }
            }
            for (path, bytes) in example.bytes.sorted(by: { $0.key < $1.key }) {
                out += "\n  \(path): \(ExampleBytes.describe(bytes))\n"
            }
            for (path, archive) in example.archives.sorted(by: { $0.key < $1.key }) {
                out += "\n  \(path) (a ZIP file holding):\n"
                for line in archive.listing.split(separator: "\n") { out += "    " + line + "\n" }
            }
        }
        return out
    }
}

import Foundation
