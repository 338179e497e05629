import Foundation
import Testing
@testable import CourseRendering

@Suite struct ConcurrentMemoTests {
    @Test func eachKeyIsComputedOnceWhenAskedInTurn() {
        let memo = ConcurrentMemo<String, Int>(limit: 10)
        var calls = 0
        for _ in 0..<3 { #expect(memo.value(for: "x") { calls += 1; return 7 } == 7) }
        #expect(calls == 1)
        #expect(memo.count == 1)
    }

    @Test func threadsGetTheSameValuesAndTheLimitHolds() {
        let memo = ConcurrentMemo<Int, String>(limit: 50)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            results.add(i % 100, memo.value(for: i % 100) { "v\(i % 100)" })
        }
        #expect(results.allMatch { key, value in value == "v\(key)" })
        #expect(memo.count == 50)
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var pairs: [(Int, String)] = []
    func add(_ key: Int, _ value: String) { lock.lock(); pairs.append((key, value)); lock.unlock() }
    func allMatch(_ check: (Int, String) -> Bool) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return pairs.count == 400 && pairs.allSatisfy(check)
    }
}
