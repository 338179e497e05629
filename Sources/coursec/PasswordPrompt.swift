import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a secret key's password comes from: `COURSEC_KEY_PASSWORD` (for
/// CI), otherwise a prompt on the controlling terminal with echo turned
/// off. Without either, asking fails with a usage error rather than
/// hanging on a pipe. The release library never talks to the terminal: it
/// is handed `password(for:)` as a closure. The password is a Swift
/// `String` by the time the signing library takes it, which Swift cannot
/// wipe; the raw bytes read from the terminal are wiped here.
struct PasswordPrompt: Sendable {
    static let environmentVariable = "COURSEC_KEY_PASSWORD"
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The password for an existing key.
    func password(for keyPath: String) throws -> String {
        if let value = environment[Self.environmentVariable] { return value }
        return try prompt("Password for \(keyPath): ")
    }

    /// A password for a new key: asked twice on a terminal.
    func newPassword() throws -> String {
        if let value = environment[Self.environmentVariable] {
            guard !value.isEmpty else {
                throw CLIError.cannotRun("\(Self.environmentVariable) is empty; set a password or use --no-password")
            }
            return value
        }
        let first = try prompt("Password for the new key: ")
        guard !first.isEmpty else { throw CLIError.cannotRun("empty password; use --no-password for a key without one") }
        let second = try prompt("Password again: ")
        guard first == second else { throw CLIError.cannotRun("the passwords do not match; nothing was written") }
        return first
    }

    /// Asks on the terminal (in the run's language), without echo.
    private func prompt(_ question: Message) throws -> String {
        let text = CLILanguage.text(question)
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CLIError.cannotRun("the key needs a password: set \(Self.environmentVariable) or run on a terminal")
        }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else {
            throw CLIError.cannotRun("the key needs a password: set \(Self.environmentVariable) or run on a terminal")
        }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        _ = tcsetattr(fd, TCSAFLUSH, &silent)
        defer { _ = tcsetattr(fd, TCSAFLUSH, &saved) }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        var bytes: [UInt8] = []
        defer { bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { memset(base, 0, buffer.count) }
        } }
        bytes.reserveCapacity(256)
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D {
            bytes.append(byte)
        }
        byte = 0
        return String(decoding: bytes, as: UTF8.self)
    }
}
