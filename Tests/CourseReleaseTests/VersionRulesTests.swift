import Testing
@testable import CourseRelease

@Suite struct VersionRulesTests {
    func entry(_ version: String, digest: String) -> ReleaseManifest.CourseEntry {
        .init(id: "c", title: "C", version: version, language: "es", contentDigest: digest,
              lessons: 1, quizzes: 0, assessmentItems: 0, snapshot: "content/c.json")
    }

    func changes(_ version: String, digest: String, assessment: Bool = false, added: Bool = false) -> ChangeSet {
        var c = ChangeSet.CourseChanges(id: "c", title: "C", language: "es", status: .changed,
                                        oldVersion: nil, newVersion: version, oldDigest: nil, newDigest: digest)
        if assessment { c.assessment = .init(edited: ["q1"]) }
        if added { c.added = [.init(kind: .lesson, id: "nueva", title: "Nueva", unit: nil, position: 3)] }
        return ChangeSet(from: "p1", to: "p2", courses: [c])
    }

    @Test func changedContentWithTheSameVersionIsAnError() {
        let outcome = VersionRules.check(previous: [entry("1.0.0", digest: "a")], changes: changes("1.0.0", digest: "b", added: true))
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors[0].description.contains("still 1.0.0"))
        #expect(outcome.errors[0].description.contains("added nueva"))
        #expect(outcome.errors[0].description.contains("1.1.0"))
    }

    @Test func assessmentChangesSuggestAMajorVersion() {
        let outcome = VersionRules.check(previous: [entry("1.2.3", digest: "a")], changes: changes("1.2.3", digest: "b", assessment: true))
        #expect(outcome.errors.first?.description.contains("2.0.0") == true)
    }

    @Test func aLowerVersionIsAnErrorEvenWithoutChanges() {
        let outcome = VersionRules.check(previous: [entry("1.1.0", digest: "a")], changes: changes("1.0.9", digest: "a"))
        #expect(outcome.errors.first?.description.contains("lower") == true)
    }

    @Test func unchangedContentKeepsItsVersionAndARaiseIsOnlyAWarning() {
        #expect(VersionRules.check(previous: [entry("1.0.0", digest: "a")], changes: changes("1.0.0", digest: "a")) == .init())
        let raised = VersionRules.check(previous: [entry("1.0.0", digest: "a")], changes: changes("1.0.1", digest: "a"))
        #expect(raised.errors.isEmpty)
        #expect(raised.warnings.count == 1)
    }

    @Test func changedContentWithAHigherVersionIsFine() {
        #expect(VersionRules.check(previous: [entry("1.0.0", digest: "a")], changes: changes("1.0.1", digest: "b")) == .init())
    }
}
