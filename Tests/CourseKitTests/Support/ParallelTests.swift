import Foundation
import Testing
@testable import CourseKit

@Suite struct ParallelTests {
    @Test func mapKeepsInputOrder() {
        #expect(Parallel.map(Array(0..<500)) { $0 * 2 } == (0..<500).map { $0 * 2 })
    }

    /// Every element starts at once: five elements that each wait until all
    /// five have started only finish in time that way (on two cores `map`
    /// would run two and the others after them).
    @Test func mapConcurrentlyStartsEveryElementAtOnceAndKeepsOrder() {
        let barrier = Barrier(parties: 5)
        let results = Parallel.mapConcurrently(Array(0..<5)) { n -> (Int, Bool) in
            (n * 3, barrier.arriveAndWait(timeout: 10))
        }
        #expect(results.map(\.0) == (0..<5).map { $0 * 3 })
        #expect(results.allSatisfy { $0.1 }, "some elements waited for others that had not started")
    }

    @Test func alongsideReturnsBothResultsAndRunsBothToTheEnd() throws {
        let (background, foreground) = Parallel.alongside({ (0..<10_000).reduce(0, +) }) { "primer plano" }
        #expect(background == 49_995_000)
        #expect(foreground == "primer plano")
    }

    @Test func aThrowingForegroundStillWaitsForTheBackground() {
        let finished = Flag()
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            _ = try Parallel.alongside({ Thread.sleep(forTimeInterval: 0.05); finished.set() }) { throw Failure() }
        }
        #expect(finished.isSet, "the background work outlived the call")
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// Lets `parties` threads wait for each other, each giving up after a timeout.
private final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrived = 0
    private let parties: Int

    init(parties: Int) { self.parties = parties }

    func arriveAndWait(timeout: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        condition.broadcast()
        let deadline = Date(timeIntervalSinceNow: timeout)
        while arrived < parties {
            if !condition.wait(until: deadline) { return arrived >= parties }
        }
        return true
    }
}
