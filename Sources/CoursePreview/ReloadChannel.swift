import Foundation

/// Tells the pages listening (one thread per event stream) that a refresh
/// finished: a generation number that only grows, and a wait for the next.
final class ReloadChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var generation = 0
    private var closed = false

    var current: Int {
        condition.lock()
        defer { condition.unlock() }
        return generation
    }

    func advance() {
        condition.lock()
        generation += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Ends every wait, now and later.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The generation after `seen`, or `seen` again when `timeout` seconds
    /// passed first; nil once closed.
    func wait(after seen: Int, timeout: Double) -> Int? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !closed, generation == seen {
            if !condition.wait(until: deadline) { break }
        }
        return closed ? nil : generation
    }
}
