import Foundation
import Testing

/// A fresh temporary folder per test, removed when the test ends.
final class TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("coursesigning-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let target = file(name)
        try Data(text.utf8).write(to: target)
        return target
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: file(name), encoding: .utf8)
    }
}

/// Runs the real `minisign` binary for interop tests.
enum MinisignTool {
    static let path = "/usr/bin/minisign"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }
    static let skipMessage = "/usr/bin/minisign is not installed; interop tests need Debian's minisign package"

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `stdin` is what minisign reads passwords from when it is not a TTY
    /// (it uses fgets on stdin and only toggles echo when stdin is a TTY).
    @discardableResult
    static func run(_ arguments: [String], stdin: String = "", in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["MINISIGN_CONFIG_DIR"] = directory.path
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

/// Random, test-local passwords so no expected value is baked into the tests.
func randomPassword() -> String {
    "pw-" + UUID().uuidString
}
