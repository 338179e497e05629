import Foundation
import Testing
@testable import CourseKit

/// The store behind `CheckMemory` and `BuildContext.shared`: one object per
/// type, the same for every thread, however many ask at once.
@Suite struct SharedObjectsTests {
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var made = 0
    }
    final class First: Sendable { init() {} }
    final class Second: Sendable { init() {} }

    @Test func everyThreadGetsTheObjectMadeOnce() {
        let store = SharedObjects()
        let counter = Counter()
        let got = Parallel.map(Array(0..<64)) { index -> ObjectIdentifier in
            let object = store.object(First.self) {
                counter.lock.withLock { counter.made += 1 }
                return First()
            }
            _ = index
            return ObjectIdentifier(object)
        }
        #expect(counter.made == 1)
        #expect(Set(got).count == 1)
        let other = store.object(Second.self) { Second() }
        #expect(ObjectIdentifier(other) != got[0], "another type gets its own object")
    }
}
