import CoursecTestSupport
import Foundation
import Testing

/// A standard output that cannot be written (`/dev/full`: every write fails
/// with ENOSPC) ends every command with exit 2 and a one-line message, never
/// with a crash; and no source uses `try!` on I/O, which traps instead.
@Suite struct WriteFailureTests {
    /// Runs coursec with standard output on `/dev/full` and standard error on a pipe.
    static func runIntoFullDisk(_ arguments: [String], in directory: URL = CLIRunner.repositoryRoot) throws
        -> (reason: Process.TerminationReason, status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = CoursecEnvironment.make()
        environment["NO_COLOR"] = "1"
        environment["COURSEC_KEY_PASSWORD"] = nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Every command and output format that writes to standard output.
    static func commands(in dir: URL) throws -> [[String]] {
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let old = dir.appendingPathComponent("fase-1")
        #expect(try ReleaseSupport.release(sources, phase: "fase-1", out: old, key: key.secret).status == 0)
        var commands: [[String]] = []
        for format in ["text", "json", "sarif", "github"] {
            commands.append(["check", sources.path, "--format", format])
        }
        commands.append(["build", sources.path, "--out", dir.appendingPathComponent("dist").path, "--target", "syllabus"])
        for format in ["text", "json", "markdown"] { commands.append(["rules", "--format", format]) }
        commands.append(["explain", "CS0103"])
        for format in ["text", "csv", "json", "html"] { commands.append(["coverage", sources.path, "--format", format]) }
        commands.append(["release", sources.path, "--phase", "fase-2", "--out", dir.appendingPathComponent("fase-2").path,
                         "--sign-key", key.secret])
        for format in ["text", "json"] { commands.append(["verify", "--pubkey", key.public, old.path, "--format", format]) }
        for format in ["markdown", "json"] { commands.append(["diff", old.path, sources.path, "--format", format]) }
        commands.append(["keygen", "--out", dir.appendingPathComponent("otra").path, "--no-password"])
        return commands
    }

    @Test func everyCommandExitsTwoOnAFullStandardOutput() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let commands = try Self.commands(in: dir)
        #expect(commands.count >= 19)
        for arguments in commands {
            let run = try Self.runIntoFullDisk(arguments, in: dir)
            let label = arguments.filter { !$0.hasPrefix("/") }.joined(separator: " ")
            #expect(run.reason == .exit, "\(label): ended by signal \(run.status)")
            #expect(run.status == 2, "\(label): exit \(run.status)\n\(run.stderr)")
            let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: true)
            #expect(lines.count == 1, "\(label): stderr is not one line:\n\(run.stderr)")
            #expect(run.stderr.hasPrefix("error: cannot write to standard output: No space left on device"), "\(label): \(run.stderr)")
        }
    }

    @Test func aFullStandardErrorIsExitTwoToo() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let process = Process()
        process.executableURL = CLIRunner.binary
        // Refused (errors in the sources): the refusal goes to standard error.
        process.arguments = ["build", CLIRunner.fixtures.appendingPathComponent("many-problems").path,
                             "--out", dir.appendingPathComponent("dist").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2, "not 1: the refusal could not be told")
    }

    /// `try!` followed, on its line, by a call that reads or writes.
    static func trappingIO() throws -> NSRegularExpression {
        try NSRegularExpression(pattern: #"try!\s*[^\n]*(write|read|contents|FileHandle|FileManager|Data\(contentsOf|"#
            + #"String\(contentsOf|open|close|seek|synchronize|createDirectory|removeItem|moveItem|copyItem|encode|Process|run\(\))"#)
    }

    /// `FileHandle.write(_:)` (not `write(contentsOf:)`), which traps on a failed write.
    static func handleWrite() throws -> NSRegularExpression {
        try NSRegularExpression(pattern: #"(FileHandle\.\w+|[hH]andle|fileHandleFor\w+)\.write\((?!contentsOf:)"#)
    }

    /// `try!`, and the non-throwing `FileHandle.write(_:)` (which is a
    /// `try!` inside Foundation), on anything that reads or writes: files,
    /// handles, pipes, folders, encoders that produce output. A `try!` on
    /// anything else (a literal regular expression, say) is allowed.
    @Test func noSourceTrapsOnIO() throws {
        let sources = CLIRunner.repositoryRoot.appendingPathComponent("Sources")
        let io = try Self.trappingIO(), fileHandleWrite = try Self.handleWrite()
        var offenders: [String] = []
        var scanned = 0
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            scanned += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                let range = NSRange(line.startIndex..., in: line)
                if io.firstMatch(in: line, range: range) != nil || fileHandleWrite.firstMatch(in: line, range: range) != nil {
                    offenders.append("\(url.path.dropFirst(sources.path.count + 1)):\(number + 1): \(line)")
                }
            }
        }
        #expect(scanned > 100, "the scan found the sources")
        #expect(offenders.isEmpty, "I/O that traps instead of failing:\n\(offenders.joined(separator: "\n"))")
    }

    /// The scan above can fail: it finds what the sources used to hold.
    @Test func theScanRecognisesTrappingIO() throws {
        let io = try Self.trappingIO(), fileHandleWrite = try Self.handleWrite()
        let trapping = ["let data = try! Data(contentsOf: url)", "try! text.write(to: url, atomically: true, encoding: .utf8)",
                        "FileHandle.standardOutput.write(Data(text.utf8))", "try! FileManager.default.removeItem(at: url)",
                        "pipe.fileHandleForWriting.write(data)"]
        for line in trapping {
            let range = NSRange(line.startIndex..., in: line)
            #expect(io.firstMatch(in: line, range: range) != nil || fileHandleWrite.firstMatch(in: line, range: range) != nil, "\(line)")
        }
        for fine in ["let pattern = try! NSRegularExpression(pattern: \"^[a-z]+$\")",
                     "try FileHandle.standardError.write(contentsOf: data)", "try context.write(Data(text.utf8), to: path)"] {
            let range = NSRange(fine.startIndex..., in: fine)
            #expect(io.firstMatch(in: fine, range: range) == nil && fileHandleWrite.firstMatch(in: fine, range: range) == nil, "\(fine)")
        }
    }
}
