/// Why the preview could not start.
public enum PreviewError: Error, CustomStringConvertible {
    case cannotListen(host: String, port: Int, reason: String)
    case cannotWatch(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "no se puede escuchar en \(host):\(port): \(reason)"
        case .cannotWatch(let path, let reason):
            "no se puede vigilar '\(path)': \(reason)"
        }
    }
}
