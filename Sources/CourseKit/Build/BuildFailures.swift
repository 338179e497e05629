import CourseLocalization
import Foundation

/// What went wrong while targets wrote, that `coursec check` could not have
/// seen: a file the check read and that is gone or unreadable when a target
/// copies it (changed between the check and the build). Targets never
/// report diagnostics — every rule is the check's — so these are build
/// failures: the build publishes nothing and ends with exit 2, naming each.
public final class BuildFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []

    public init() {}

    public func record(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Each failure once, sorted (by its English text: the same order in
    /// every language).
    public var all: [Message] {
        lock.lock()
        defer { lock.unlock() }
        return Array(Set(messages)).sorted { $0.text(in: .en) < $1.text(in: .en) }
    }
}
