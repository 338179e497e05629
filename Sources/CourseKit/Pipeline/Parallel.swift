import Foundation

/// Runs work for each element on all cores and returns results in input
/// order, so parallelism never changes output.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

extension Parallel {
    /// Like `map`, but every element starts at once on a thread of its own,
    /// for a few long pieces of work that parallelise inside (the targets of
    /// a build). Under `map` they would be nested in Dispatch's apply, which
    /// runs the inner loops of a nested apply one iteration at a time: on two
    /// cores two targets ran, each on one core, and the third waited for one
    /// of them to end. Started apart, each target's own loops use every core
    /// and the scheduler shares the cores between them.
    public static func mapConcurrently<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let group = DispatchGroup()
        for (index, item) in items.enumerated() {
            group.enter()
            let thread = Thread {
                results.set(index, transform(item))
                group.leave()
            }
            // Dispatch's worker threads have 8 MiB stacks; so do these.
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return results.values
    }

    /// Runs `background` on another thread while `foreground` runs on this
    /// one, and returns both results once both are done.
    public static func alongside<B: Sendable, F>(_ background: @escaping @Sendable () -> B,
                                                 _ foreground: () throws -> F) rethrows -> (background: B, foreground: F) {
        let slot = ResultSlots<B>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { slot.set(0, background()) }
        // Wait even when the foreground throws: the background must not
        // outlive the call.
        defer { group.wait() }
        let foregroundResult = try foreground()
        group.wait()
        return (slot.values[0], foregroundResult)
    }
}

/// One slot per index; each index is written by exactly one iteration.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [R] { slots.map { $0! } }
}
