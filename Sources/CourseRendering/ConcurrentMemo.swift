import Foundation

/// Results of a pure function, shared by the threads of a build. A value
/// may be computed twice when two threads ask at once; both get the same
/// answer, which is why only pure functions belong here. Past `limit`
/// entries, new results are computed but no longer kept.
final class ConcurrentMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(for key: Key, _ compute: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if values.count < limit { values[key] = value }
        lock.unlock()
        return value
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
