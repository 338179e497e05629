import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP client over a raw socket to `127.0.0.1`, for the tests of
/// `coursec serve`: it sends exactly the bytes it is given (hostile paths,
/// other hosts, several requests on one connection), which a client
/// library would normalize or refuse, and reads until the server closes
/// the connection or a marker is seen. Every read is bounded (10 s).
public enum LoopbackHTTP {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The raw bytes the server answered to `request`.
    public static func exchange(_ port: Int, _ request: String, until marker: String? = nil) throws -> [UInt8] {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed: \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to 127.0.0.1:\(port): \(errno)") }
        var time = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[..<count]
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return received
    }

    /// One `GET` on a connection of its own: the status and the body.
    public static func get(_ port: Int, _ path: String, host: String? = nil) throws -> (status: Int, body: String) {
        let raw = try exchange(port, "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
        let text = String(decoding: raw, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n", maxSplits: 1).first,
              let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "no HTTP answer to GET \(path): \(text.prefix(200))")
        }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }
}
