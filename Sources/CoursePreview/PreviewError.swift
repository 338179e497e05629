import CourseKit

/// Why the preview could not start.
public enum PreviewError: MessageError, CustomStringConvertible {
    case cannotListen(host: String, port: Int, reason: Message)
    case cannotWatch(path: String, reason: Message)

    /// What went wrong, in the reader's language when rendered.
    public var message: Message {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        case .cannotWatch(let path, let reason):
            "cannot watch '\(path)': \(reason)"
        }
    }

    public var description: String { message.description }
}
