@testable import CourseRelease
import CourseSigning
import Foundation
import Testing

/// `release --previous` decides version rules and CHANGES.md from the
/// previous release, so that release must verify first: its manifest
/// signature with the signing key (or `--previous-key`), and its snapshots
/// against the SHA-256 in the manifest.
@Suite struct PreviousReleaseTrustTests {
    let key = MinisignSecretKey.generate()

    func firstRelease(signedWith signer: MinisignSecretKey) throws -> (sources: URL, root: URL, one: URL) {
        let sources = try ReleaseFixture.courses()
        let root = try ReleaseFixture.temporaryFolder()
        let one = root.appendingPathComponent("fase-1")
        _ = try ReleaseFixture.release(sources, phase: "fase-1", into: one, key: signer)
        try ReleaseFixture.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0")
        }
        return (sources, root, one)
    }

    @Test func aPreviousReleaseSignedWithAnotherKeyNeedsThatKey() throws {
        let otherKey = MinisignSecretKey.generate()
        let (sources, root, one) = try firstRelease(signedWith: otherKey)
        let two = root.appendingPathComponent("fase-2")
        #expect {
            try ReleaseFixture.release(sources, phase: "fase-2", into: two, previous: one, key: key)
        } throws: { error in
            guard case ReleaseError.invalidRelease(let message) = error else { return false }
            return message.description.contains("cannot be trusted") && message.description.contains("--previous-key")
        }
        #expect(ReleaseFiles.kind(of: two) == .missing)
        let result = try ReleaseFixture.release(sources, phase: "fase-2", into: two, previous: one,
                                                previousKey: otherKey.publicKey, key: key)
        #expect(result.manifest?.previous?.phase == "fase-1")
    }

    @Test func anAlteredManifestOrSnapshotIsRefused() throws {
        let (sources, root, one) = try firstRelease(signedWith: key)
        let snapshot = try #require(FileManager.default.enumerator(atPath: one.appendingPathComponent("content").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".json") })
        let snapshotURL = one.appendingPathComponent("content").appendingPathComponent(snapshot)
        let original = try Data(contentsOf: snapshotURL)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"", with: "\" ").utf8)
            .write(to: snapshotURL)
        #expect {
            try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("b"), previous: one, key: key)
        } throws: { error in
            guard case ReleaseError.invalidRelease(let message) = error else { return false }
            return message.description.contains(snapshot)
        }
        try original.write(to: snapshotURL)

        let manifestURL = one.appendingPathComponent("release.json")
        let manifest = try Data(contentsOf: manifestURL)
        try (manifest + Data(" ".utf8)).write(to: manifestURL)
        #expect(throws: ReleaseError.self) {
            try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("c"), previous: one, key: key)
        }
        try manifest.write(to: manifestURL)
        let result = try ReleaseFixture.release(sources, phase: "fase-2", into: root.appendingPathComponent("d"),
                                                previous: one, key: key)
        #expect(result.manifest != nil)
    }
}
