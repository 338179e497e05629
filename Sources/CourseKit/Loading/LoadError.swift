/// Conditions under which coursec cannot check anything at all (exit 2),
/// as opposed to problems in the course, which are diagnostics (exit 1).
public enum LoadError: MessageError, CustomStringConvertible, Equatable {
    case notADirectory(String)
    case noManifest(String)

    public var message: Message {
        switch self {
        case .notADirectory(let path):
            "'\(path)' is not a readable folder"
        case .noManifest(let path):
            "no coursec.yaml in '\(path)': a course repository has a coursec.yaml at its root (see docs/format.md)"
        }
    }

    public var description: String { message.description }
}
