import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One accepted TCP connection: reads request heads (bounded), writes
/// responses, and serves requests one after another while the browser
/// keeps the connection alive. Reads and writes time out, so a client that
/// stops midway cannot hold a thread for ever.
final class HTTPConnection {
    let socket: Int32
    private var buffer: [UInt8] = []

    /// Seconds a read or a write may wait.
    static let timeout = 15

    /// The language of the connection's own refusals.
    let language: Language

    init(socket: Int32, language: Language = .es) {
        self.socket = socket
        self.language = language
        var time = timeval(tv_sec: Self.timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit {
        close(socket)
    }

    enum Head {
        case head([UInt8])
        /// The client closed the connection (or went quiet) between requests.
        case closed
        case tooLarge
    }

    /// The bytes of the next request head (without its blank line).
    func readHead() -> Head {
        let terminator: [UInt8] = [13, 10, 13, 10]
        var searchFrom = 0
        while true {
            if buffer.count >= 4 {
                var index = max(searchFrom, 0)
                while index + 4 <= buffer.count {
                    if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                        let head = Array(buffer[..<index])
                        buffer.removeFirst(index + terminator.count)
                        return .head(head)
                    }
                    index += 1
                }
                searchFrom = buffer.count - 3
            }
            if buffer.count > HTTPRequestParser.maxHeadBytes { return .tooLarge }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return .closed }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Writes all of `bytes`; false when the connection is gone.
    func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in write(raw) }
    }

    private func write(_ raw: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < raw.count {
            // MSG_NOSIGNAL: a closed connection is an error here, not a SIGPIPE for the process.
            let sent = Glibc.send(socket, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Sends `response` (headers only for `HEAD`); false when the connection
    /// must close afterwards.
    func send(_ response: HTTPResponse, head: Bool, keepAlive: Bool) -> Bool {
        var headers = response.headers
        headers.append(("X-Content-Type-Options", "nosniff"))
        headers.append(("Referrer-Policy", "no-referrer"))
        var keep = keepAlive
        var file: (descriptor: Int32, size: Int)?
        switch response.body {
        case .bytes(let bytes):
            headers.append(("Content-Length", String(bytes.count)))
        case .file(let url):
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            var info = stat()
            guard descriptor >= 0, fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                if descriptor >= 0 { close(descriptor) }
                return send(.text(404, Message("Not found.").text(in: language) + "\n"), head: head, keepAlive: keepAlive)
            }
            file = (descriptor, Int(info.st_size))
            headers.append(("Content-Length", String(info.st_size)))
        case .events:
            keep = false
        }
        headers.append(("Connection", keep ? "keep-alive" : "close"))
        var text = "HTTP/1.1 \(response.status) \(HTTPResponse.reason(response.status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        defer { if let file { close(file.descriptor) } }
        guard write(Array(text.utf8)) else { return false }
        if head { return keep }
        switch response.body {
        case .bytes(let bytes):
            guard write(bytes) else { return false }
        case .file:
            guard let file, stream(file.descriptor, size: file.size) else { return false }
        case .events(let stream):
            stream(EventStreamWriter(connection: self))
        }
        return keep
    }

    /// Copies `size` bytes of an open file to the connection.
    private func stream(_ descriptor: Int32, size: Int) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var left = size
        while left > 0 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, left)) }
            if count < 0, errno == EINTR { continue }
            // A file that shrank while it was sent: the promised length cannot be kept.
            guard count > 0 else { return false }
            guard chunk.withUnsafeBytes({ write(UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else { return false }
            left -= count
        }
        return true
    }
}
