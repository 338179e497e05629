import CoursecTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running `coursec serve`: what it printed so far, read without
/// blocking the test, and a bounded stop.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var received = Data()

    init(_ arguments: [String], in folder: URL = CLIRunner.repositoryRoot, executable: URL = CLIRunner.binary,
         environment extra: [String: String] = [:]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // English unless `extra` chooses a language (`CoursecEnvironment`).
        process.environment = CoursecEnvironment.make(["NO_COLOR": "1"].merging(extra) { $1 })
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self else { return }
            if chunk.isEmpty { handle.readabilityHandler = nil }
            self.lock.withLock { self.received += chunk }
        }
        try process.run()
    }

    var text: String { lock.withLock { String(decoding: received, as: UTF8.self) } }
    var lines: [String] { text.split(separator: "\n").map(String.init) }

    /// Waits (at most two minutes, polling) until `count` lines came or the server ended.
    @discardableResult
    func waitForLines(_ count: Int) -> [String] {
        waitUntil { $0.split(separator: "\n").count >= count }
        return lines
    }

    /// Waits (at most two minutes, polling) until what was printed satisfies
    /// `condition` or the server ended; whether it does.
    @discardableResult
    func waitUntil(_ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, !condition(text) { Thread.sleep(forTimeInterval: 0.05) }
        // Output written just before the process ended may still be on its way.
        if !process.isRunning { Thread.sleep(forTimeInterval: 0.2) }
        return condition(text)
    }

    /// The port of the address the server printed.
    var port: Int? {
        text.firstMatch(of: /http:\/\/[^\s\/]+:(\d+)\//).flatMap { Int($0.1) }
    }

    /// SIGTERM, then SIGKILL if it is still running ten seconds later.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}
