/// SARIF 2.1.0, the format code-scanning services ingest: one run whose
/// driver lists the rules that were reported, and one result per diagnostic
/// with its region, related locations (notes) and fixes. Messages and rule
/// descriptions are in the context's language, which the run's `language`
/// property names (`run.language`, a language tag as RFC 5646 gives it); each
/// result's property bag also holds its message in both languages.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    public init() {}

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
        var language: String
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "coursec"
        var version: String
        var informationUri = "https://github.com/coursec/coursec/blob/main/docs/rules.md"
        var rules: [RuleDescriptor]
    }
    struct Text: Encodable { var text: String }
    struct RuleDescriptor: Encodable {
        struct Configuration: Encodable { var level: String }
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
        var properties: Properties
    }
    /// A property bag (SARIF §3.8): the message in every language coursec speaks.
    struct Properties: Encodable {
        var messages: [String: String]
    }
    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var message: Text?
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }
    struct Fix: Encodable {
        struct Change: Encodable {
            var artifactLocation: ArtifactLocation
            var replacements: [Replacement]
        }
        struct Replacement: Encodable {
            var deletedRegion: Region
            var insertedContent: Text
        }
        var description: Text
        var artifactChanges: [Change]
    }

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        let ids = Array(Set(diagnostics.map(\.id))).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules = ids.map { id -> RuleDescriptor in
            let rule = RuleRegistry.rule(id: id)
            return RuleDescriptor(id: id, name: rule?.name ?? id,
                                  shortDescription: Text(text: rule?.summary(in: context.language) ?? id),
                                  fullDescription: Text(text: rule?.explanation(in: context.language) ?? ""),
                                  help: Text(text: "coursec explain \(id)"),
                                  defaultConfiguration: .init(level: level(rule?.defaultSeverity ?? .error)))
        }
        let results = diagnostics.map { d in
            Result(ruleId: d.id, ruleIndex: index[d.id] ?? 0, level: level(d.severity), message: Text(text: context.text(d.message)),
                   locations: [location(d.range, nil, context)],
                   relatedLocations: d.notes.isEmpty ? nil : d.notes.compactMap { note in
                       note.range.map { location($0, context.text(note.message), context) }
                   },
                   fixes: d.fixes.isEmpty ? nil : d.fixes.map { fix in
                       Fix(description: Text(text: context.text(fix.summary)), artifactChanges: [
                           .init(artifactLocation: .init(uri: uri(fix.range.file, context)),
                                 replacements: [.init(deletedRegion: region(fix.range), insertedContent: Text(text: fix.replacement))])
                       ])
                   },
                   properties: Properties(messages: Dictionary(uniqueKeysWithValues: Language.allCases.map {
                       ($0.rawValue, d.message.text(in: $0))
                   })))
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: context.toolVersion, rules: rules)), results: results,
                                 language: context.language.rawValue)])
        return StableJSON.encode(log) + "\n"
    }

    private func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private func uri(_ file: String, _ context: RenderContext) -> String {
        context.displayPath(file).split(separator: "/").map {
            $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
        }.joined(separator: "/")
    }

    private func region(_ r: SourceRange) -> Region {
        Region(startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column)
    }

    private func location(_ range: SourceRange, _ message: String?, _ context: RenderContext) -> Location {
        Location(physicalLocation: .init(artifactLocation: .init(uri: uri(range.file, context)), region: region(range)),
                 message: message.map { Text(text: $0) })
    }
}

import Foundation
