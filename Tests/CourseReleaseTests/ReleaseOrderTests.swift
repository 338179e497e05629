import Foundation
import Testing
@testable import CourseRelease

/// Release numbers and phase order, the ground of rollback protection.
@Suite struct ReleaseOrderTests {
    func manifest(release: Int?, phase: String, order: Int?) -> ReleaseManifest {
        ReleaseManifest(release: release, coursecVersion: "test", repository: "r", language: "es",
                        phase: .init(id: phase, title: phase, start: "2022-01-01", end: "2022-02-01", order: order),
                        source: .init(revision: nil, dirty: nil), previous: nil, courses: [], artifacts: [], documents: [])
    }

    let phases = ["fase-1", "fase-2", "fase-3"]

    @Test func aReleaseMayStayInItsPhaseOrMoveOnButNotBack() {
        let previous = manifest(release: 4, phase: "fase-2", order: 2)
        #expect(ReleaseOrder.check(previous: previous, phase: "fase-2", order: 2, phases: phases).isEmpty)
        #expect(ReleaseOrder.check(previous: previous, phase: "fase-3", order: 3, phases: phases).isEmpty)
        let back = ReleaseOrder.check(previous: previous, phase: "fase-1", order: 1, phases: phases)
        #expect(back.count == 1)
        #expect(back.first?.description.contains("comes before phase 'fase-2'") == true)
    }

    @Test func aPreviousReleaseWithoutOrderIsPlacedByItsPhaseId() {
        let old = manifest(release: nil, phase: "fase-3", order: nil)
        #expect(ReleaseOrder.check(previous: old, phase: "fase-2", order: 2, phases: phases).count == 1)
        #expect(ReleaseOrder.check(previous: old, phase: "fase-3", order: 3, phases: phases).isEmpty)
        let unknown = manifest(release: nil, phase: "fase-9", order: nil)
        #expect(ReleaseOrder.check(previous: unknown, phase: "fase-3", order: 3, phases: phases).count == 1)
    }

    @Test func onlyAHigherNumberInANotEarlierPhaseIsNewer() {
        let old = manifest(release: 3, phase: "fase-2", order: 2)
        #expect(ReleaseOrder.rollback(new: manifest(release: 4, phase: "fase-2", order: 2), old: old) == nil)
        #expect(ReleaseOrder.rollback(new: manifest(release: 3, phase: "fase-2", order: 2), old: old) != nil)
        #expect(ReleaseOrder.rollback(new: manifest(release: 2, phase: "fase-3", order: 3), old: old) != nil)
        #expect(ReleaseOrder.rollback(new: manifest(release: 9, phase: "fase-1", order: 1), old: old) != nil)
        #expect(ReleaseOrder.rollback(new: manifest(release: nil, phase: "fase-3", order: nil), old: old) != nil,
                "a release without a number cannot prove it is newer")
    }

    @Test func theMinimumIsInclusive() {
        #expect(ReleaseOrder.belowMinimum(2, minimum: 2) == nil)
        #expect(ReleaseOrder.belowMinimum(1, minimum: 2) != nil)
        #expect(ReleaseOrder.belowMinimum(nil, minimum: 1) != nil)
    }

    @Test func theNumberIsInTheTrustedComment() {
        let comment = TrustedComment(artifact: "a.zip", course: nil, phase: "fase-1", release: 7, sha256: "ab",
                                     signed: Date(timeIntervalSince1970: 0))
        #expect(comment.text.contains(" phase=fase-1 release=7 sha256=ab "))
        #expect(TrustedComment.fields(of: comment.text)?["release"] == "7")
    }
}
