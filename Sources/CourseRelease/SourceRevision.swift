import Foundation

/// The git commit the sources were released from, so a release can be
/// traced back to the exact text authors reviewed. Absent git, or sources
/// outside a checkout, give nil rather than an error: releasing from an
/// exported folder is legitimate.
public enum SourceRevision {
    public static func of(_ directory: URL) -> ReleaseManifest.Source {
        guard let head = git(["rev-parse", "--verify", "HEAD"], in: directory)?
            .trimmingCharacters(in: .whitespacesAndNewlines), head.count >= 40,
            head.allSatisfy(\.isHexDigit) else {
            return .init(revision: nil, dirty: nil)
        }
        // Only changes under the sources' folder make this release differ
        // from the commit; other work in the same checkout does not.
        let status = git(["status", "--porcelain", "--untracked-files=normal", "--", "."], in: directory)
        return .init(revision: head, dirty: status.map { !$0.isEmpty })
    }

    /// Output of a git command, or nil when git is missing or fails.
    static func git(_ arguments: [String], in directory: URL) -> String? {
        let candidates = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"]
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", directory.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        // Never prompt, never page, never read a user's pager or editor.
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
