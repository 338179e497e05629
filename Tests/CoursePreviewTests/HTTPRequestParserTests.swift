@testable import CoursePreview
import Testing

/// The request parser accepts what browsers send and refuses, with the
/// right status, anything else: other methods, bodies, heads too large,
/// and every spelling of a path that leaves its folder.
@Suite struct HTTPRequestParserTests {
    func parse(_ text: String) throws -> HTTPRequest {
        try HTTPRequestParser.parse(Array(text.utf8))
    }

    func status(_ text: String) -> Int? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as HTTPRequestError {
            return error.status
        } catch {
            return -1
        }
    }

    @Test func aBrowsersGetIsParsed() throws {
        let request = try parse("GET /matem%C3%A1ticas/lecciones/01-x.html?page=a%2Fb&v=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
            + "User-Agent: test\r\nAccept: */*")
        #expect(request.method == .get)
        #expect(request.segments == ["matemáticas", "lecciones", "01-x.html"])
        #expect(request.query == ["page": "a/b", "v": "1"])
        #expect(request.headers["host"] == "127.0.0.1:8000")
        #expect(request.keepAlive)
        #expect(!request.endsWithSlash)
    }

    @Test func foldersAndConnectionClose() throws {
        let request = try parse("HEAD /curso/ HTTP/1.1\r\nHost: x\r\nConnection: close")
        #expect(request.method == .head)
        #expect(request.segments == ["curso"])
        #expect(request.endsWithSlash)
        #expect(!request.keepAlive)
        #expect(try parse("GET / HTTP/1.1\r\nHost: x").segments.isEmpty)
        #expect(try !parse("GET / HTTP/1.0").keepAlive)
    }

    @Test func onlyGetAndHeadAreServed() {
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH", "get"] {
            #expect(status("\(method) / HTTP/1.1\r\nHost: x") == 405, "\(method)")
        }
    }

    @Test func pathsThatLeaveTheirFolderAreRefused() {
        for target in ["/../etc/passwd", "/curso/../../etc/passwd", "/curso/%2e%2e/x", "/curso/%2E%2E/%2E%2E/x",
                       "/curso/..%2fx", "/curso/a%2f..%2f..%2fb", "/curso/.", "/curso/a%5c..%5cb", "/curso/a%00.html",
                       "/curso/%zz", "/curso/%c3", "curso/x", "http://evil.example/x", "*", "/curso/x#frag"] {
            #expect(status("GET \(target) HTTP/1.1\r\nHost: x") == 400, "\(target)")
        }
    }

    @Test func bodiesAndMalformedHeadsAreRefused() {
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked") == 400)
        #expect(status("GET / HTTP/1.1") == 400) // no Host
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\n folded") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost x") == 400)
        #expect(status("GET / HTTP/2.0\r\nHost: x") == 505)
        #expect(status("GET  / HTTP/1.1\r\nHost: x") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 20_000)) == 431)
        #expect(status("") == 400)
        #expect(status("GET / HTTP/1.1\r\nHo\u{1}st: x") == 400)
    }
}
