import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place coursec talks to the terminal: colour only on a
/// terminal, never with NO_COLOR set, and every write checked. A write that
/// fails (a full disk, a closed pipe) ends the command with exit 2 and a
/// one-line message, never with a crash; `FileHandle.write(_:)` would trap.
enum Terminal {
    static func supportsColor(fileHandle: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(fileHandle) == 1
    }

    /// Writes to standard output; throws `CLIError` (exit 2) when it cannot.
    static func write(_ text: String) throws {
        if let reason = put(text, to: STDOUT_FILENO) {
            throw CLIError.cannotRun("cannot write to standard output: \(reason)")
        }
    }

    /// Writes to standard error; throws `CLIError` (exit 2) when it cannot.
    static func error(_ text: String) throws {
        if let reason = put(text, to: STDERR_FILENO) {
            throw CLIError.cannotRun("cannot write to standard error: \(reason)")
        }
    }

    /// Writes to standard error when it can, for the last words of a process
    /// that is ending anyway (the one-line message of a failure).
    static func lastWords(_ text: String) {
        _ = put(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to `fd`; nil, or why not.
    private static func put(_ text: String, to fd: Int32) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                #else
                let written = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
