import Foundation

/// Collects diagnostics from checks that run in parallel. Reporting goes
/// through a rule so that every diagnostic carries a registered id and the
/// rule's default severity; policy is applied later by `DiagnosticEngine`.
public final class DiagnosticSink: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []

    public init() {}

    /// Reports a problem. The message is a `Message` literal, such as
    /// ``"unknown field `\(name)`"``: a `String` does not convert, so every
    /// message goes through the catalog (and its arguments are bounded:
    /// messages echo what authors wrote, and a pasted megabyte must not
    /// come back).
    public func report(_ rule: Rule, at range: SourceRange, _ message: Message,
                       notes: [Diagnostic.Note] = [], fixes: [Diagnostic.Fix] = []) {
        append(Diagnostic(id: rule.id, severity: rule.defaultSeverity, range: range,
                          message: message, notes: notes, fixes: fixes))
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
