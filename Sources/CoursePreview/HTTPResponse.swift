import Foundation

/// What the preview server answers: a status, headers and a body held in
/// memory or streamed from a file, or an event stream that the handler
/// writes to for as long as the page listens.
struct HTTPResponse {
    enum Body {
        case bytes([UInt8])
        /// A file streamed from the disk (media can be gigabytes).
        case file(URL)
        /// Server-sent events: the connection stays open and `stream`
        /// writes to it until it returns.
        case events(stream: (EventStreamWriter) -> Void)
    }

    var status: Int
    var headers: [(String, String)]
    var body: Body

    init(status: Int, contentType: String? = nil, headers: [(String, String)] = [], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        if let contentType { self.headers.insert(("Content-Type", contentType), at: 0) }
        self.body = body
    }

    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", headers: [("Cache-Control", "no-store")],
                     body: .bytes(Array(text.utf8)))
    }

    static func html(_ status: Int, _ html: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8", headers: [("Cache-Control", "no-store")],
                     body: .bytes(Array(html.utf8)))
    }

    static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(status: 302, headers: [("Location", location), ("Cache-Control", "no-store")])
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }

    /// The media type of a file served by its extension.
    static func contentType(for path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "ttf": return "font/ttf"
        case "pdf": return "application/pdf"
        case "mp4", "m4v": return "video/mp4"
        case "webm": return "video/webm"
        case "mp3": return "audio/mpeg"
        case "m4a": return "audio/mp4"
        case "ogg", "oga": return "audio/ogg"
        case "wav": return "audio/wav"
        case "vtt": return "text/vtt; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "xml": return "application/xml"
        default: return "application/octet-stream"
        }
    }
}

/// Writes server-sent events to one open connection.
final class EventStreamWriter {
    private let connection: HTTPConnection

    init(connection: HTTPConnection) {
        self.connection = connection
    }

    /// Sends one event; false when the page has gone (the connection closed).
    @discardableResult
    func send(event: String? = nil, data: String = "", retry: Int? = nil) -> Bool {
        var text = ""
        if let retry { text += "retry: \(retry)\n" }
        if let event { text += "event: \(event)\n" }
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return connection.write(Array((text + "\n").utf8))
    }

    /// A comment line: keeps the connection alive and finds out whether the page is still there.
    func ping() -> Bool {
        connection.write(Array(": ping\n\n".utf8))
    }
}
