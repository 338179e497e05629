/// Turns the raw diagnostics of a run into what is reported: the policy's
/// severities and disabled rules applied (per path), inline suppressions
/// applied (and unused ones reported), warnings promoted to errors under
/// `--strict`, duplicates removed, and everything sorted.
public struct DiagnosticEngine: Sendable {
    public var policy: Policy
    public var warningsAsErrors: Bool
    /// Inline suppressions; invalid ones (no reason, unknown rule) are
    /// reported by `SuppressionCheck` and take no effect.
    public var suppressions: [Suppression]

    public init(policy: Policy = Policy(), warningsAsErrors: Bool = false, suppressions: [Suppression] = []) {
        self.policy = policy
        self.warningsAsErrors = warningsAsErrors
        self.suppressions = suppressions
    }

    public func process(_ raw: [Diagnostic]) -> [Diagnostic] {
        // Suppressions apply after the policy, so one that names a rule the
        // policy turned off there is unused, and said so.
        let (kept, unused) = suppress(raw.compactMap(applyPolicy))
        var result: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for var diagnostic in kept + unused.compactMap(applyPolicy) {
            if warningsAsErrors, diagnostic.severity == .warning { diagnostic.severity = .error }
            if seen.insert(diagnostic).inserted { result.append(diagnostic) }
        }
        return Diagnostic.sortedForOutput(result)
    }

    /// The diagnostic with the policy's severity at its path, or nil when
    /// the policy turns its rule off there.
    private func applyPolicy(_ diagnostic: Diagnostic) -> Diagnostic? {
        // Policy problems are about the policy itself, and limits protect
        // the build: never configurable away. (Settings first: most
        // diagnostics have none, and the registry is costly to make.)
        let settings = policy.settings(for: diagnostic.id, at: diagnostic.range.file)
        guard !settings.isEmpty, diagnostic.id != PolicyRules.unknownRule.id,
              !RuleRegistry.unconfigurable.contains(diagnostic.id) else {
            return diagnostic
        }
        var diagnostic = diagnostic
        var disabled = false
        for setting in settings {
            switch setting.severity {
            case .off?: disabled = true
            case .severity(let s)?: disabled = false; diagnostic.severity = s
            case nil: break
            }
        }
        return disabled ? nil : diagnostic
    }

    /// Removes suppressed diagnostics; returns the report of every valid
    /// suppression that removed nothing.
    private func suppress(_ diagnostics: [Diagnostic]) -> (kept: [Diagnostic], unused: [Diagnostic]) {
        let active = suppressions.filter(\.isValid)
        guard !active.isEmpty else { return (diagnostics, []) }
        var byFile: [String: [Int]] = [:]
        for (n, s) in active.enumerated() { byFile[s.range.file, default: []].append(n) }
        var used = Set<Int>()
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let matches = (byFile[diagnostic.range.file] ?? []).filter { active[$0].covers(diagnostic) }
            if matches.isEmpty { kept.append(diagnostic) } else { used.formUnion(matches) }
        }
        let unused = active.indices.filter { !used.contains($0) }.map { n in
            Diagnostic(id: SuppressionRules.unusedSuppression.id, severity: SuppressionRules.unusedSuppression.defaultSeverity,
                       range: active[n].range,
                       message: "this suppression of \(active[n].rule!.id) silences nothing on the element after it; remove it")
        }
        return (kept, unused)
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

    /// "2 errors, 1 warning in 3 files" ("2 errores, 1 advertencia en 3
    /// archivos"), or "no problems".
    public var message: Message {
        var parts: [Message] = []
        if errors > 0 { parts.append(errors == 1 ? "\(errors) error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "\(warnings) warning" : "\(warnings) warnings") }
        if notes > 0 { parts.append(notes == 1 ? "\(notes) note" : "\(notes) notes") }
        guard var counts = parts.first else { return "no problems" }
        for part in parts.dropFirst() { counts = "\(counts), \(part)" }
        return "\(counts) in \(files == 1 ? "\(files) file" : "\(files) files")"
    }

    /// The summary line in `language`.
    public func line(in language: Language) -> String { message.text(in: language) }
}
