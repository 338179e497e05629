/// One HTTP/1.1 request as the preview server accepts it: `GET` or `HEAD`,
/// no body, a path of decoded segments in which none is `.` or `..`.
struct HTTPRequest: Equatable {
    enum Method: String {
        case get = "GET"
        case head = "HEAD"
    }

    var method: Method
    /// The decoded path segments (`/a/b%20c/` → `["a", "b c"]`).
    var segments: [String]
    /// The path ended with `/` (a folder: its `index.html`).
    var endsWithSlash: Bool
    /// Query parameters, decoded; the first of a repeated name wins.
    var query: [String: String]
    /// Header names in lowercase; a repeated header keeps its first value.
    var headers: [String: String]
    /// HTTP/1.1 without `Connection: close`: more requests may follow.
    var keepAlive: Bool

    /// The path as `/`-joined segments, without a leading `/`.
    var path: String { segments.joined(separator: "/") }
}

/// Why a request was refused, and with which status.
struct HTTPRequestError: Error, Equatable {
    var status: Int
    var reason: String
}
