import CourseDigest
import CourseSigning
import Foundation

/// An earlier release folder, read for `--previous` and `diff`: its
/// manifest and the content snapshots it lists.
///
/// With a public key (`release --previous`), nothing is trusted before the
/// manifest's signature verifies with it and each snapshot matches the
/// SHA-256 the manifest gives, because version rules and `CHANGES.md` are
/// decided from them.
struct PreviousRelease {
    let manifest: ReleaseManifest
    let manifestSHA256: String
    let snapshots: [ContentSnapshot]

    init(directory: URL, publicKey: MinisignPublicKey? = nil) throws {
        guard ReleaseFiles.kind(of: directory) == .directory,
              ReleaseFiles.kind(of: directory.appendingPathComponent(ReleaseManifest.fileName)) != .missing else {
            throw ReleaseError.usage("\(directory.path) is not a release folder (it has no \(ReleaseManifest.fileName))")
        }
        let manifestURL = directory.appendingPathComponent(ReleaseManifest.fileName)
        if let publicKey {
            let verifier = ReleaseVerifier(publicKey: publicKey)
            if case .failure(let finding) = verifier.checkSignature(
                of: manifestURL, named: ReleaseManifest.fileName,
                signatureURL: URL(fileURLWithPath: manifestURL.path + ".minisig"), expectedSHA256: nil,
                names: { $0 == ReleaseManifest.fileName }) {
                throw ReleaseError.invalidRelease(
                    "the previous release \(directory.path) cannot be trusted: \(finding.path): \(finding.detail) (pass --previous-key with the public key it was signed with if the key changed)")
            }
        }
        let data = try ReleaseFiles.readBounded(manifestURL, maxBytes: ReleaseManifest.maxBytes)
        do {
            manifest = try ReleaseManifest.decode(data)
        } catch {
            throw ReleaseError.invalidRelease("\(directory.path)/release.json is not a coursec release manifest: \(String(describing: error))")
        }
        manifestSHA256 = FileDigest.sha256Hex(data: data)
        let documents = manifest.documents
        snapshots = try manifest.courses.map { course in
            guard ReleaseFiles.isSafeRelativePath(course.snapshot) else {
                throw ReleaseError.invalidRelease("release.json names an unsafe snapshot path '\(course.snapshot)'")
            }
            let url = directory.appendingPathComponent(course.snapshot)
            if publicKey != nil {
                guard let entry = documents.first(where: { $0.path == course.snapshot }) else {
                    throw ReleaseError.invalidRelease("release.json does not list the snapshot '\(course.snapshot)' with its SHA-256")
                }
                if let finding = ReleaseVerifier.compare(url, named: course.snapshot, bytes: entry.bytes, sha256: entry.sha256) {
                    throw ReleaseError.invalidRelease(
                        "the previous release \(directory.path) cannot be trusted: \(finding.path): \(finding.detail)")
                }
            }
            do {
                return try JSONDecoder().decode(ContentSnapshot.self, from: ReleaseFiles.readBounded(url, maxBytes: 64 << 20))
            } catch let error as ReleaseError {
                throw error
            } catch {
                throw ReleaseError.invalidRelease("\(url.path) is not a content snapshot: \(String(describing: error))")
            }
        }
    }
}
