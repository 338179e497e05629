import Foundation
import Testing
@testable import CourseKit

@Suite struct ParallelTests {
    @Test func mapKeepsInputOrder() {
        #expect(Parallel.map(Array(0..<500)) { $0 * 2 } == (0..<500).map { $0 * 2 })
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
