import Foundation

/// Collects diagnostics from checks that run in parallel. Reporting goes
/// through a rule so that every diagnostic carries a registered id and the
/// rule's default severity; policy is applied later by `DiagnosticEngine`.
public final class DiagnosticSink: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []

    public init() {}

    public func report(_ rule: Rule, at range: SourceRange, _ message: String,
                       notes: [Diagnostic.Note] = [], fixes: [Diagnostic.Fix] = []) {
        append(Diagnostic(id: rule.id, severity: rule.defaultSeverity, range: range,
                          message: Self.bounded(message), notes: notes, fixes: fixes))
    }

    /// Messages echo what authors wrote; a pasted megabyte must not come back.
    static func bounded(_ message: String) -> String {
        guard message.count > 400 else { return message }
        return String(message.prefix(300)) + " … " + String(message.suffix(80))
    }

    public func append(_ diagnostic: Diagnostic) {
        lock.lock()
        collected.append(diagnostic)
        lock.unlock()
    }

    public func append(contentsOf diagnostics: [Diagnostic]) {
        lock.lock()
        collected.append(contentsOf: diagnostics)
        lock.unlock()
    }

    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
