import Foundation
import Testing
@testable import CourseRelease

/// Digests come from the model, not from archives, and follow the phase filter.
@Suite struct ContentDigestTests {
    @Test func theSameSourcesGiveTheSameDigests() throws {
        let sources = try ReleaseFixture.courses()
        let a = try ReleaseFixture.snapshots(sources, phase: "fase-1")
        let b = try ReleaseFixture.snapshots(sources, phase: "fase-1")
        #expect(a == b)
        #expect(a.first?.digest.count == 64)
    }

    @Test func theLaterPhasesLessonIsOnlyInTheLaterPhase() throws {
        let sources = try ReleaseFixture.courses()
        let one = try #require(ReleaseFixture.snapshots(sources, phase: "fase-1").first)
        let two = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        #expect(!one.items.contains { $0.id == "notacion-cientifica" })
        #expect(two.items.contains { $0.id == "notacion-cientifica" })
        #expect(one.digest != two.digest)
        #expect(two.lessonCount == one.lessonCount + 1)
    }

    @Test func aNewTitleChangesTheDigestButNotTheItemsContentDigest() throws {
        let sources = try ReleaseFixture.courses()
        let before = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        try ReleaseFixture.edit(sources, "matematicas-1/lecciones/07-razones.md") {
            $0.replacingOccurrences(of: "title: Razones y tasas", with: "title: Razones, tasas y escalas")
        }
        let after = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        let old = try #require(before.items.first { $0.id == "razones" })
        let new = try #require(after.items.first { $0.id == "razones" })
        #expect(before.digest != after.digest)
        #expect(old.digest != new.digest)
        #expect(old.contentDigest == new.contentDigest)
    }

    @Test func aReplacedMediumIsAChangeOfContent() throws {
        let sources = try ReleaseFixture.courses()
        let before = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        let pdf = sources.appendingPathComponent("matematicas-1/media/formulario-algebra.pdf")
        var bytes = try Data(contentsOf: pdf)
        bytes.append(0x0A)
        try bytes.write(to: pdf)
        let after = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        #expect(before.digest != after.digest)
    }

    @Test func aRenamedSourceFileIsNotAChange() throws {
        let sources = try ReleaseFixture.courses()
        let before = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        let folder = sources.appendingPathComponent("matematicas-1/lecciones")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("07-razones.md"),
                                         to: folder.appendingPathComponent("07-razones-renombrada.md"))
        try ReleaseFixture.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "lecciones/07-razones.md", with: "lecciones/07-razones-renombrada.md")
        }
        let after = try #require(ReleaseFixture.snapshots(sources, phase: "fase-2").first)
        #expect(before.digest == after.digest)
    }
}
