import CourseKit

/// Diagnostics about responses files, bounded: a systematically wrong
/// export would otherwise produce one per row. The first `limit` of each
/// rule in each file are kept; the rest are counted and reported as one
/// more diagnostic at the first of them, so none is dropped silently.
struct DataDiagnostics: Sendable {
    static let limit = 20
    private(set) var diagnostics: [Diagnostic] = []
    private var counts: [String: (kept: Int, more: Int, first: SourceRange?)] = [:]

    mutating func report(_ rule: Rule, file: String, line: Int, column: Int = 1, _ message: Message,
                         notes: [Diagnostic.Note] = []) {
        let key = rule.id + "\u{0}" + file
        var entry = counts[key] ?? (0, 0, nil)
        let range = SourceRange(file: file, line: line, column: column)
        if entry.kept < Self.limit {
            entry.kept += 1
            diagnostics.append(Diagnostic(id: rule.id, severity: rule.defaultSeverity, range: range,
                                          message: message, notes: notes))
        } else {
            if entry.more == 0 { entry.first = range }
            entry.more += 1
        }
        counts[key] = entry
    }

    /// The diagnostics, with one summary per rule and file that had more.
    func finished() -> [Diagnostic] {
        var result = diagnostics
        for (key, entry) in counts.sorted(by: { $0.key < $1.key }) where entry.more > 0 {
            let id = String(key.prefix { $0 != "\u{0}" })
            guard let rule = RuleRegistry.rule(id: id), let first = entry.first else { continue }
            result.append(Diagnostic(id: id, severity: rule.defaultSeverity, range: first,
                                     message: "\(entry.more) more rows of this file have this problem (\(rule.name)); only the first \(Self.limit) are shown"))
        }
        return result
    }
}
