import Foundation

/// A value one thread is computing and others may wait for: how the build's
/// shared caches make sure two targets never do the same work at once.
final class PendingValue<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    /// The value, once `fill` has been called (blocks until then).
    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    func fill(_ value: Value) {
        condition.lock()
        self.value = value
        condition.broadcast()
        condition.unlock()
    }
}
