import Foundation

/// Machine-readable output for CI and editors: every field of every
/// diagnostic, a summary, keys sorted so the output is stable.
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
            var notes: [Diagnostic.Note]
            var fixes: [Diagnostic.Fix]
        }
        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var notes: Int
            var files: Int
        }
        var version = 1
        var tool: String
        var diagnostics: [Item]
        var summary: Summary
    }

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        let s = DiagnosticSummary(diagnostics)
        let doc = Document(
            tool: "coursec \(context.toolVersion)",
            diagnostics: diagnostics.map {
                .init(id: $0.id, rule: RuleRegistry.rule(id: $0.id)?.name ?? "", severity: $0.severity,
                      file: context.displayPath($0.range.file), range: $0.range, message: $0.message,
                      notes: $0.notes, fixes: $0.fixes)
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
