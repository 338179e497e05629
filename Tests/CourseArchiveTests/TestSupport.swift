import Foundation
import Testing
@testable import CourseArchive

/// A fresh folder under the system temp dir, removed by `cleanup()`.
struct TempFolder {
    let url: URL

    /// `inMemory` uses /dev/shm when present: the 1 GiB streaming test
    /// would otherwise spend most of its time waiting for the disk in fsync.
    init(_ label: String = "archive", inMemory: Bool = false) throws {
        var base = FileManager.default.temporaryDirectory
        var isDirectory: ObjCBool = false
        if inMemory, FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory),
           isDirectory.boolValue, FileManager.default.isWritableFile(atPath: "/dev/shm") {
            base = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        }
        url = base
            .appendingPathComponent("coursec-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `text` to `name`, with the given POSIX permissions and mtime.
    @discardableResult
    func write(_ name: String, _ text: String, permissions: Int = 0o644, modified: Date? = nil) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        var attributes: [FileAttributeKey: Any] = [.posixPermissions: permissions]
        if let modified { attributes[.modificationDate] = modified }
        try FileManager.default.setAttributes(attributes, ofItemAtPath: target.path)
        return target
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

struct ToolResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs a command-line tool with a UTF-8 locale so non-ASCII names print
/// as themselves rather than as escapes.
@discardableResult
func runTool(_ tool: String, _ arguments: [String], environment extra: [String: String] = [:]) throws -> ToolResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment["LANG"] = "C.UTF-8"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
}

/// The real interpreter behind `python3`; version-manager shims (pyenv)
/// cost most of a second per call, so they are resolved once.
let pythonExecutable: String = {
    let probe = try? runTool("python3", ["-c", "import sys; print(sys.executable)"])
    let path = probe?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return path.isEmpty ? "python3" : path
}()

/// Builds a (possibly hostile) archive with Python's zipfile/tarfile, which
/// write whatever names and types they are given.
func python(_ script: String, _ arguments: [String]) throws {
    let result = try runTool(pythonExecutable, ["-c", script] + arguments)
    guard result.status == 0 else {
        Issue.record("python3 failed: \(result.stderr)")
        throw CancellationError()
    }
}

/// Reads a little-endian UInt32 from `data` at `offset`.
func le32(_ data: Data, _ offset: Int) -> UInt32 {
    let bytes = [UInt8](data[data.startIndex + offset ..< data.startIndex + offset + 4])
    return UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
}
