import Foundation

/// What went wrong while targets wrote, that `coursec check` could not have
/// seen: a file the check read and that is gone or unreadable when a target
/// copies it (changed between the check and the build). Targets never
/// report diagnostics — every rule is the check's — so these are build
/// failures: the build publishes nothing and ends with exit 2, naming each.
public final class BuildFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    public init() {}

    public func record(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Each failure once, sorted.
    public var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return Array(Set(messages)).sorted()
    }
}
