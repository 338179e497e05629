/// Turns the raw diagnostics of a run into what is reported: the policy's
/// severities and disabled rules applied (per path), warnings promoted to
/// errors under `--strict`, duplicates removed, and everything sorted.
public struct DiagnosticEngine: Sendable {
    public var policy: Policy
    public var warningsAsErrors: Bool

    public init(policy: Policy = Policy(), warningsAsErrors: Bool = false) {
        self.policy = policy
        self.warningsAsErrors = warningsAsErrors
    }

    public func process(_ raw: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for var diagnostic in raw {
            // Policy problems are about the policy itself: never configurable away.
            if diagnostic.id != PolicyRules.unknownRule.id {
                var disabled = false
                for setting in policy.settings(for: diagnostic.id, at: diagnostic.range.file) {
                    switch setting.severity {
                    case .off?: disabled = true
                    case .severity(let s)?: disabled = false; diagnostic.severity = s
                    case nil: break
                    }
                }
                if disabled { continue }
            }
            if warningsAsErrors, diagnostic.severity == .warning { diagnostic.severity = .error }
            if seen.insert(diagnostic).inserted { result.append(diagnostic) }
        }
        return Diagnostic.sortedForOutput(result)
    }
}

/// Counts for the summary line and the exit code.
public struct DiagnosticSummary: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var files = 0

    public init(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            switch d.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
        files = Set(diagnostics.map(\.range.file)).count
    }

    /// "2 errors, 1 warning in 3 files", or "no problems".
    public var line: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        if notes > 0 { parts.append(plural(notes, "note")) }
        if parts.isEmpty { return "no problems" }
        return parts.joined(separator: ", ") + " in " + plural(files, "file")
    }
}
