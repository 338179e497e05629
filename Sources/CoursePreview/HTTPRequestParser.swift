/// Parses the head of an HTTP/1.1 request (RFC 9112), strictly: what a
/// browser sends is accepted; anything else is refused with a status,
/// never guessed at. The preview serves only `GET` and `HEAD`, so a
/// request with a body is refused too (reading past it could mistake the
/// body for the next request).
enum HTTPRequestParser {
    /// The longest request head accepted (request line and headers).
    static let maxHeadBytes = 16 * 1024

    /// Parses `head`, the bytes before the blank line that ends it.
    static func parse(_ head: [UInt8]) throws -> HTTPRequest {
        guard head.count <= maxHeadBytes else { throw HTTPRequestError(status: 431, reason: "request head too large") }
        guard let text = String(validating: head, as: UTF8.self) else {
            throw HTTPRequestError(status: 400, reason: "request head is not UTF-8")
        }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        // A request may be preceded by empty lines (RFC 9112 §2.2).
        while lines.first == "" { lines.removeFirst() }
        guard let requestLine = lines.first else { throw HTTPRequestError(status: 400, reason: "empty request") }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { throw HTTPRequestError(status: 400, reason: "malformed request line") }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            throw HTTPRequestError(status: 505, reason: "only HTTP/1.1 is served")
        }
        guard let method = HTTPRequest.Method(rawValue: parts[0]) else {
            throw HTTPRequestError(status: 405, reason: "only GET and HEAD are served")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard !line.isEmpty else { continue }
            guard let first = line.first, first != " ", first != "\t" else {
                throw HTTPRequestError(status: 400, reason: "folded header lines are not accepted")
            }
            guard let colon = line.firstIndex(of: ":") else { throw HTTPRequestError(status: 400, reason: "malformed header") }
            let name = line[..<colon]
            guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else {
                throw HTTPRequestError(status: 400, reason: "malformed header name")
            }
            let value = line[line.index(after: colon)...].trimmingASCIISpaces()
            let key = name.lowercased()
            if headers[key] == nil { headers[key] = value }
        }
        if let length = headers["content-length"], length != "0" {
            throw HTTPRequestError(status: 400, reason: "a request body is not accepted")
        }
        if headers["transfer-encoding"] != nil { throw HTTPRequestError(status: 400, reason: "a request body is not accepted") }
        if parts[2] == "HTTP/1.1", headers["host"] == nil { throw HTTPRequestError(status: 400, reason: "no Host header") }
        let connection = headers["connection"]?.lowercased() ?? ""
        let keepAlive = parts[2] == "HTTP/1.1" && !connection.split(separator: ",").contains { $0.trimmingASCIISpaces() == "close" }
        let (segments, endsWithSlash, query) = try target(parts[1])
        return HTTPRequest(method: method, segments: segments, endsWithSlash: endsWithSlash, query: query,
                           headers: headers, keepAlive: keepAlive)
    }

    /// The path segments and query of an origin-form target (`/a/b?c=d`).
    /// Refuses `.` and `..` segments, encoded `/`, `\` and NUL, and
    /// anything but a path from the root: the server looks paths up in the
    /// sites it built, never on the disk, and still refuses what could mean
    /// another folder.
    static func target(_ target: String) throws -> (segments: [String], endsWithSlash: Bool, query: [String: String]) {
        guard target.hasPrefix("/") else { throw HTTPRequestError(status: 400, reason: "the target must be a path") }
        let pathPart: Substring
        var query: [String: String] = [:]
        if let mark = target.firstIndex(of: "?") {
            pathPart = target[..<mark]
            for pair in target[target.index(after: mark)...].split(separator: "&") {
                let (name, value) = pair.firstIndex(of: "=").map { (pair[..<$0], pair[pair.index(after: $0)...]) } ?? (pair, "")
                guard let name = percentDecoded(name), let value = percentDecoded(value) else {
                    throw HTTPRequestError(status: 400, reason: "malformed query")
                }
                if query[name] == nil { query[name] = value }
            }
        } else {
            pathPart = Substring(target)
        }
        if pathPart.contains("#") { throw HTTPRequestError(status: 400, reason: "a fragment is not sent") }
        var segments: [String] = []
        for raw in pathPart.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = percentDecoded(raw) else { throw HTTPRequestError(status: 400, reason: "malformed percent-encoding") }
            if segment == "." || segment == ".." || segment.contains("/") || segment.contains("\\") || segment.contains("\0") {
                throw HTTPRequestError(status: 400, reason: "the path leaves its folder")
            }
            segments.append(segment)
        }
        return (segments, pathPart.hasSuffix("/"), query)
    }

    /// `%XX`-decoded UTF-8, nil for a malformed escape or invalid UTF-8.
    static func percentDecoded<S: StringProtocol>(_ text: S) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// RFC 9110 `tchar`.
    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let ascii = character.asciiValue else { return false }
        if character.isLetter || character.isNumber { return true }
        return "!#$%&'*+-.^_`|~".utf8.contains(ascii)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> String {
        let text = String(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(text[first...last])
    }
}
