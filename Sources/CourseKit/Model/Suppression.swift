/// An inline suppression in a Markdown file:
/// `<!-- coursec-disable CS0321: reason -->` silences one rule on the
/// element that follows the comment (the next block; in a quiz, the next
/// question with its options). The reason is required, and a suppression
/// that silences nothing is itself reported (see SuppressionRules).
public struct Suppression: Sendable, Hashable {
    /// The rule id or name as written.
    public var ruleID: String
    public var reason: String
    /// The comment, where problems with the suppression are reported.
    public var range: SourceRange
    /// Lines of the element it applies to, in the same file.
    public var lines: ClosedRange<Int>

    public init(ruleID: String, reason: String, range: SourceRange, lines: ClosedRange<Int>) {
        self.ruleID = ruleID
        self.reason = reason
        self.range = range
        self.lines = lines
    }

    /// The registered rule it names, if any.
    public var rule: Rule? { ruleID.isEmpty ? nil : RuleRegistry.rule(id: ruleID) }

    /// Only a suppression with a known rule that may be silenced, and a
    /// reason, takes effect.
    public var isValid: Bool { rule?.configurable == true && !reason.isEmpty }

    public func covers(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.id == rule?.id && diagnostic.range.file == range.file && lines.contains(diagnostic.range.start.line)
    }
}
