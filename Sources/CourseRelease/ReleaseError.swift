import CourseKit

/// Why a release, a key operation or a diff could not run. Messages name
/// files and key ids only, never key material or passwords.
public enum ReleaseError: MessageError, CustomStringConvertible, Equatable {
    /// Arguments or the environment are wrong (exit 2).
    case usage(Message)
    /// A release folder is incomplete or unreadable.
    case invalidRelease(Message)
    /// The sources have errors: nothing was released (exit 1).
    case sourcesHaveErrors
    /// Version rules against the previous release were broken (exit 1).
    case versionRules([Message])
    case io(Message)

    /// What went wrong, in the reader's language when rendered.
    public var message: Message {
        switch self {
        case .usage(let message), .invalidRelease(let message), .io(let message): message
        case .sourcesHaveErrors: "release refused: fix the errors above; nothing was written"
        case .versionRules(let problems):
            "release refused: \(problems.dropFirst().reduce(problems.first ?? "") { "\($0)\n  \($1)" })\nnothing was written"
        }
    }

    public var description: String { message.description }

    /// True when the problem is in the sources or versions (exit 1), not in how coursec was run.
    public var isContentProblem: Bool {
        switch self {
        case .sourcesHaveErrors, .versionRules: true
        default: false
        }
    }
}
