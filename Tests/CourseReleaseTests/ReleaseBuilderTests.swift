import CourseSigning
import Foundation
import Testing
@testable import CourseRelease

@Suite struct ReleaseBuilderTests {
    let key = MinisignSecretKey.generate()

    @Test func aPhaseReleaseListsCoursesArtifactsAndDocuments() throws {
        let sources = try ReleaseFixture.courses()
        let out = try ReleaseFixture.temporaryFolder().appendingPathComponent("fase-1")
        let result = try ReleaseFixture.release(sources, phase: "fase-1", into: out, key: key)
        let manifest = try #require(result.manifest)
        #expect(manifest.phase.id == "fase-1")
        #expect(manifest.phase.start == "2021-10-04")
        #expect(manifest.source.revision == nil, "a temporary copy is not a git checkout")
        #expect(manifest.courses.map(\.id) == ["matematicas-1", "quimica-1"])
        #expect(manifest.courses.allSatisfy { $0.assessmentItems > 0 })
        #expect(manifest.artifacts.map(\.path) == ["fake/matematicas-1.txt", "fake/quimica-1.txt", "fake/site"])
        #expect(manifest.artifacts[0].signature == "fake/matematicas-1.txt.minisig")
        #expect(manifest.artifacts[1].signature == "fake/quimica-1.txt.minisig")
        #expect(manifest.artifacts[2].files?.map(\.path) == ["css/style.css", "index.html"])
        #expect(Set(manifest.documents.map(\.path))
                == ["CHANGES.md", "changes.json", "content/matematicas-1.json", "content/quimica-1.json"])
        // On disk, exactly what the manifest says, plus signatures.
        #expect(ReleaseFiles.walk(out).map(\.path) == [
            "CHANGES.md", "changes.json", "content/matematicas-1.json", "content/quimica-1.json",
            "fake/matematicas-1.txt", "fake/matematicas-1.txt.minisig", "fake/quimica-1.txt", "fake/quimica-1.txt.minisig",
            "fake/site/css/style.css", "fake/site/index.html",
            "release.json", "release.json.minisig",
        ])
        let text = try String(contentsOf: out.appendingPathComponent("fake/matematicas-1.txt"), encoding: .utf8)
        #expect(!text.contains("notacion-cientifica"), "phase 1 must not publish the phase-2 lesson")
        let report = ReleaseVerifier(publicKey: key.publicKey).verifyRelease(out, shownAs: out.path)
        #expect(report.ok, "\(report.findings)")
        #expect(report.verifiedFiles == 9)
    }

    @Test func theSameSourcesGiveIdenticalReleasesUpToSigningTime() throws {
        let sources = try ReleaseFixture.courses()
        let root = try ReleaseFixture.temporaryFolder()
        _ = try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("a"), key: key,
                                       clock: Date(timeIntervalSince1970: 1_790_000_000))
        _ = try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("b"), key: key,
                                       clock: Date(timeIntervalSince1970: 1_790_000_999))
        let files = ReleaseFiles.walk(root.appendingPathComponent("a")).map(\.path)
        #expect(files == ReleaseFiles.walk(root.appendingPathComponent("b")).map(\.path))
        for path in files {
            let a = try Data(contentsOf: root.appendingPathComponent("a/\(path)"))
            let b = try Data(contentsOf: root.appendingPathComponent("b/\(path)"))
            if path.hasSuffix(".minisig") {
                #expect(a != b, "signatures carry their signing time")
            } else {
                #expect(a == b, "\(path) differs between two releases of the same sources")
            }
        }
    }

    @Test func aChangeWithoutANewVersionIsRefusedAndNothingIsWritten() throws {
        let sources = try ReleaseFixture.courses()
        let root = try ReleaseFixture.temporaryFolder()
        let one = root.appendingPathComponent("fase-1")
        _ = try ReleaseFixture.release(sources, phase: "fase-1", into: one, key: key)
        let two = root.appendingPathComponent("fase-2")
        #expect {
            try ReleaseFixture.release(sources, phase: "fase-2", into: two, previous: one, key: key)
        } throws: { error in
            guard case ReleaseError.versionRules(let problems) = error else { return false }
            return problems.count == 1 && problems[0].description.contains("notacion-cientifica") && problems[0].description.contains("1.1.0")
        }
        #expect(ReleaseFiles.kind(of: two) == .missing)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["fase-1"], "no staging folder is left behind")

        try ReleaseFixture.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0")
        }
        let result = try ReleaseFixture.release(sources, phase: "fase-2", into: two, previous: one, key: key)
        let manifest = try #require(result.manifest)
        #expect(manifest.previous?.phase == "fase-1")
        #expect(manifest.courses[0].version == "1.1.0")
        let course = try #require(result.changes?.courses.first)
        #expect(course.added.map(\.id) == ["notacion-cientifica"])
        #expect(course.assessment == nil)
    }

    @Test func aLowerVersionIsRefused() throws {
        let sources = try ReleaseFixture.courses()
        let root = try ReleaseFixture.temporaryFolder()
        try ReleaseFixture.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.2.0")
        }
        _ = try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("a"), key: key)
        try ReleaseFixture.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 1.2.0", with: "version: 1.1.9")
        }
        #expect(throws: ReleaseError.self) {
            try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("b"),
                                       previous: root.appendingPathComponent("a"), key: key)
        }
    }

    @Test func aNonEmptyOutputFolderIsRefused() throws {
        let sources = try ReleaseFixture.courses()
        let out = try ReleaseFixture.temporaryFolder()
        try Data("old".utf8).write(to: out.appendingPathComponent("leftover.zip"))
        #expect(throws: ReleaseError.self) {
            try ReleaseFixture.release(sources, phase: "fase-1", into: out, key: key)
        }
    }
}
