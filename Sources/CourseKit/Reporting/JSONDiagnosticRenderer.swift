import Foundation

/// Machine-readable output for CI and editors: every field of every
/// diagnostic, a summary, keys sorted so the output is stable. Messages,
/// notes and fixes are in the context's language (`language` says which);
/// `messages` gives each message in both languages, for tools that match
/// on the English text.
public struct JSONDiagnosticRenderer: DiagnosticRenderer {
    public init() {}

    struct Document: Encodable {
        struct Item: Encodable {
            var id: String
            var rule: String
            var severity: Severity
            var file: String
            var range: SourceRange
            var message: String
            var messages: [String: String]
            var notes: [Note]
            var fixes: [Fix]
        }
        struct Note: Encodable {
            var range: SourceRange?
            var message: String
        }
        struct Fix: Encodable {
            var range: SourceRange
            var replacement: String
            var summary: String
        }
        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var notes: Int
            var files: Int
        }
        var version = 1
        var tool: String
        var language: Language
        var diagnostics: [Item]
        var summary: Summary
    }

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        let s = DiagnosticSummary(diagnostics)
        let doc = Document(
            tool: "coursec \(context.toolVersion)", language: context.language,
            diagnostics: diagnostics.map { d in
                .init(id: d.id, rule: RuleRegistry.rule(id: d.id)?.name ?? "", severity: d.severity,
                      file: context.displayPath(d.range.file), range: d.range, message: context.text(d.message),
                      messages: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, d.message.text(in: $0)) }),
                      notes: d.notes.map { .init(range: $0.range, message: context.text($0.message)) },
                      fixes: d.fixes.map { .init(range: $0.range, replacement: $0.replacement, summary: context.text($0.summary)) })
            },
            summary: .init(errors: s.errors, warnings: s.warnings, notes: s.notes, files: s.files))
        return StableJSON.encode(doc) + "\n"
    }
}

/// JSON with sorted keys and unescaped slashes: byte-stable across runs.
public enum StableJSON {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
