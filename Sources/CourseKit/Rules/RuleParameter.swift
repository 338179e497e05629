/// A parameter the policy may set for a rule (`params: { min: 60 }`), with
/// its type and default. Values are checked when the repository is checked
/// (CS0904): a number where a number is expected, finite and in range, so
/// `min: uno` or `ratio: .nan` is a located error rather than the default.
public struct RuleParameter: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Kind: Sendable, Hashable {
        /// A whole number, within the range.
        case integer(ClosedRange<Int>)
        /// A finite number, within the range.
        case number(ClosedRange<Double>)
        /// A share: `15%` or `15`, from 0 to 100.
        case percentage
        /// A list of whole numbers (`[20, 40]` or `20, 40`), each in the range.
        case integers(ClosedRange<Int>)
    }

    public let kind: Kind
    /// The default, as the docs show it.
    public let defaultValue: String

    public init(_ kind: Kind, default value: String) {
        self.kind = kind
        self.defaultValue = value
    }

    /// A parameter whose type follows from how its default is written:
    /// `"20, 40"` a list, `"15%"` a share, `"60"` a non-negative whole number,
    /// `"1.5"` a non-negative number.
    public init(stringLiteral value: String) {
        defaultValue = value
        if value.contains(",") { kind = .integers(0...Int.max) }
        else if value.hasSuffix("%") { kind = .percentage }
        else if Int(value) != nil { kind = .integer(0...Int.max) }
        else { kind = .number(0...Double.greatestFiniteMagnitude) }
    }

    public var description: String { defaultValue }

    /// What the value means for this parameter, or why it cannot be used.
    public func problem(with text: String) -> Message? {
        let text = text.trimmed
        switch kind {
        case .integer(let range):
            guard let n = Int(text) else { return "'\(text)' is not a whole number" }
            return range.contains(n) ? nil : "\(n) is out of range (\(Self.describe(range)))"
        case .number(let range):
            guard let x = Double(text), x.isFinite, !text.lowercased().contains("n") else { return "'\(text)' is not a number" }
            return range.contains(x) ? nil : "\(text) is out of range"
        case .percentage:
            let number = text.hasSuffix("%") ? String(text.dropLast()).trimmed : text
            guard let x = Double(number), x.isFinite, !number.lowercased().contains("n") else { return "'\(text)' is not a percentage such as 15%" }
            return (0...100).contains(x) ? nil : "\(text) is not between 0% and 100%"
        case .integers(let range):
            let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "[" || $0 == "]" })
            guard !parts.isEmpty else { return "'\(text)' is not a list of whole numbers such as 20, 40" }
            for part in parts {
                guard let n = Int(part) else { return "'\(part)' is not a whole number" }
                guard range.contains(n) else { return "\(n) is out of range (\(Self.describe(range)))" }
            }
            return nil
        }
    }

    private static func describe(_ range: ClosedRange<Int>) -> Message {
        range.upperBound == Int.max ? "at least \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}
