import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server over POSIX sockets, made for one author's
/// browser: `GET` and `HEAD` only, request heads of at most 16 KiB, no
/// request bodies, paths looked up by the handler (never joined to a folder
/// on the disk), at most `maxConnections` connections at once (one thread
/// each; an event stream holds one while its page is open), read and write
/// timeouts. It listens on loopback unless told otherwise.
final class HTTPServer: @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The address and port it listens on (the port the system chose for port 0).
    let host: String
    let port: Int
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var open = 0
    private var stopped = false
    let maxConnections: Int

    /// Binds to `host` (a numeric address or a name such as `localhost`) and `port`.
    /// The language of the server's own refusals (too many connections, a malformed request).
    let language: Language

    init(host: String, port: Int, maxConnections: Int = 64, language: Language = .es, handler: @escaping Handler) throws {
        self.language = language
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw PreviewError.cannotListen(host: host, port: port, reason: Message(verbatim: String(cString: gai_strerror(status))))
        }
        defer { freeaddrinfo(list) }
        var descriptor: Int32 = -1
        var lastError: Message = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let candidate = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            guard candidate >= 0 else { continue }
            var one: Int32 = 1
            setsockopt(candidate, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            if bind(candidate, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, listen(candidate, 64) == 0 {
                descriptor = candidate
                break
            }
            lastError = Message(verbatim: String(cString: strerror(errno)))
            close(candidate)
        }
        guard descriptor >= 0 else { throw PreviewError.cannotListen(host: host, port: port, reason: lastError) }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        let family = address.ss_family
        let boundPort: UInt16 = withUnsafePointer(to: &address) { pointer in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        self.host = host
        self.port = Int(boundPort)
        self.listener = descriptor
        self.handler = handler
        self.maxConnections = maxConnections
    }

    /// Accepts connections on a thread of its own until `stop`.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "coursec-serve-accept"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if lock.withLock({ stopped }) { return }
                // Out of descriptors, say: wait a moment rather than spin.
                usleep(50_000)
                continue
            }
            let admitted = lock.withLock { () -> Bool in
                guard open < maxConnections else { return false }
                open += 1
                return true
            }
            guard admitted else {
                let connection = HTTPConnection(socket: client, language: language)
                _ = connection.send(.text(503, Message("Too many open connections.").text(in: language) + "\n"), head: false, keepAlive: false)
                continue
            }
            let thread = Thread { [self] in
                serve(HTTPConnection(socket: client, language: language))
                lock.withLock { open -= 1 }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private func serve(_ connection: HTTPConnection) {
        while true {
            let bytes: [UInt8]
            switch connection.readHead() {
            case .closed: return
            case .tooLarge:
                _ = connection.send(.text(431, Message("Request too large.").text(in: language) + "\n"), head: false, keepAlive: false)
                return
            case .head(let head): bytes = head
            }
            let request: HTTPRequest
            do {
                request = try HTTPRequestParser.parse(bytes)
            } catch let error as HTTPRequestError {
                var response = HTTPResponse.text(error.status, Message("Request refused: \(error.reason).").text(in: language) + "\n")
                if error.status == 405 { response.headers.append(("Allow", "GET, HEAD")) }
                _ = connection.send(response, head: false, keepAlive: false)
                return
            } catch {
                return
            }
            let response = handler(request)
            guard connection.send(response, head: request.method == .head, keepAlive: request.keepAlive) else { return }
        }
    }
}
