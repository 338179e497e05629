import Foundation
import Testing
@testable import CourseRelease

@Suite struct TrustedCommentTests {
    let date = Date(timeIntervalSince1970: 1_795_946_400) // 2026-11-29T10:00:00Z

    @Test func namesTheArtifactCourseVersionPhaseDigestAndTime() {
        let comment = TrustedComment(artifact: "mct/courses.zip", course: "matematicas-1@1.0.0", phase: "fase-1",
                                     sha256: String(repeating: "a", count: 64), signed: date)
        #expect(comment.text == "coursec artifact=mct/courses.zip course=matematicas-1@1.0.0 phase=fase-1 sha256="
            + String(repeating: "a", count: 64) + " signed=2026-11-29T10:00:00Z")
        let fields = TrustedComment.fields(of: comment.text)
        #expect(fields?["artifact"] == "mct/courses.zip")
        #expect(fields?["signed"] == "2026-11-29T10:00:00Z")
    }

    @Test func spacesAndEqualsSignsInPathsSurviveARoundTrip() {
        let comment = TrustedComment(artifact: "mct/01 Matemáticas=1.zip", course: nil, phase: "fase-1", sha256: "00", signed: date)
        #expect(!comment.text.contains("01 Mat"))
        #expect(TrustedComment.fields(of: comment.text)?["artifact"] == "mct/01 Matemáticas=1.zip")
    }

    @Test func staysWithinMinisignsLimitsForAbsurdPaths() {
        let comment = TrustedComment(artifact: String(repeating: "x/", count: 800), course: "c@1.0.0", phase: "p",
                                     sha256: String(repeating: "b", count: 64), signed: date)
        #expect(comment.text.utf8.count <= 1_000)
        #expect(comment.text.contains("sha256="))
        #expect(!comment.text.contains("\n"))
    }

    @Test func otherCommentsAreNotCoursecs() {
        #expect(TrustedComment.fields(of: "timestamp:1700000000\tfile:x.zip\thashed") == nil)
    }
}
