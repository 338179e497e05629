import CoursecTestSupport
@testable import CoursePreview
import Foundation
import Testing

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
        String(decoding: try LoopbackHTTP.exchange(port, request, until: marker), as: UTF8.self)
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
        let raw = try LoopbackHTTP.exchange(server.port, "GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let separator: [UInt8] = [13, 10, 13, 10]
        let end = try #require((0..<(raw.count - 3)).first { Array(raw[$0..<($0 + 4)]) == separator })
        #expect(String(decoding: raw[..<end], as: UTF8.self).contains("Content-Length: 300000"))
        #expect(Array(raw[(end + 4)...]) == bytes)
    }

    @Test func aTakenPortIsRefused() throws {
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { _ in .text(200, "") }
        defer { server.stop() }
        #expect(server.port > 0)
        // Another listener on the same port and address is refused: the port is really taken.
        #expect(throws: PreviewError.self) { try HTTPServer(host: "127.0.0.1", port: server.port) { _ in .text(200, "") } }
    }
}
