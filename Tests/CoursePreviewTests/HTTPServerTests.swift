@testable import CoursePreview
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The server over a real socket on loopback: answers, keeps connections
/// alive, streams files, sends no body for HEAD, refuses large heads and
/// unknown methods, and never lets the handler see a path with `..`.
@Suite struct HTTPServerTests {
    /// A server whose handler echoes the path it was given.
    static func echoServer() throws -> HTTPServer {
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { request in
            #expect(!request.segments.contains(".."))
            return .text(200, "path=\(request.path)")
        }
        server.start()
        return server
    }

    /// Sends raw bytes and reads until the server closes the connection (or `until` is seen).
    static func exchange(_ port: Int, _ request: String, until marker: String? = nil) throws -> String {
        String(decoding: try exchangeBytes(port, request, until: marker), as: UTF8.self)
    }

    static func exchangeBytes(_ port: Int, _ request: String, until marker: String? = nil) throws -> [UInt8] {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        var time = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[..<count]
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return received
    }

    @Test func answersAndKeepsTheConnectionAlive() throws {
        let server = try Self.echoServer()
        defer { server.stop() }
        let two = "GET /a/b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        let reply = try Self.exchange(server.port, two)
        #expect(reply.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(reply.contains("path=a/b"))
        #expect(reply.contains("path=c"))
        #expect(reply.contains("Connection: keep-alive"))
        #expect(reply.contains("X-Content-Type-Options: nosniff"))
    }

    @Test func headSendsNoBody() throws {
        let server = try Self.echoServer()
        defer { server.stop() }
        let reply = try Self.exchange(server.port, "HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 200 OK"))
        #expect(reply.contains("Content-Length: 6"))
        #expect(!reply.contains("path=x"))
    }

    @Test func refusalsCloseTheConnection() throws {
        let server = try Self.echoServer()
        defer { server.stop() }
        let post = try Self.exchange(server.port, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
        #expect(post.hasPrefix("HTTP/1.1 405"))
        #expect(post.contains("Allow: GET, HEAD"))
        let traversal = try Self.exchange(server.port, "GET /curso/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(traversal.hasPrefix("HTTP/1.1 400"))
        // A head that never ends: refused once it passes the limit, without waiting for the blank line.
        let endless = "GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-Filler: 0123456789abcdef\r\n", count: 1_000)
        let large = try Self.exchange(server.port, endless)
        #expect(large.hasPrefix("HTTP/1.1 431"))
    }

    @Test func filesAreStreamedWithTheirLength() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coursec-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.bin")
        let bytes = (0..<300_000).map { UInt8($0 % 251) }
        try Data(bytes).write(to: file)
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { _ in
            HTTPResponse(status: 200, contentType: "application/octet-stream", body: .file(file))
        }
        server.start()
        defer { server.stop() }
        let raw = try Self.exchangeBytes(server.port, "GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let separator: [UInt8] = [13, 10, 13, 10]
        let end = try #require((0..<(raw.count - 3)).first { Array(raw[$0..<($0 + 4)]) == separator })
        #expect(String(decoding: raw[..<end], as: UTF8.self).contains("Content-Length: 300000"))
        #expect(Array(raw[(end + 4)...]) == bytes)
    }

    @Test func listensOnLoopbackOnlyByDefault() throws {
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { _ in .text(200, "") }
        defer { server.stop() }
        #expect(server.port > 0)
        // Another listener on the same port and address is refused: the port is really taken.
        #expect(throws: PreviewError.self) { try HTTPServer(host: "127.0.0.1", port: server.port) { _ in .text(200, "") } }
    }
}
