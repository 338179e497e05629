/// How serious a diagnostic is. Errors stop a build; warnings fail `--strict`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

extension Severity {
    /// The word people read ("error", "advertencia"); `rawValue` is for machines.
    public var label: Message {
        switch self {
        case .note: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }
}
