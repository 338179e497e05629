import CourseSigning
import Foundation

/// An earlier release folder, read for `--previous` and `diff`: its
/// manifest and the content snapshots it lists.
struct PreviousRelease {
    let manifest: ReleaseManifest
    let manifestSHA256: String
    let snapshots: [ContentSnapshot]

    init(directory: URL) throws {
        guard ReleaseFiles.kind(of: directory) == .directory,
              ReleaseFiles.kind(of: directory.appendingPathComponent(ReleaseManifest.fileName)) != .missing else {
            throw ReleaseError.usage("\(directory.path) is not a release folder (it has no \(ReleaseManifest.fileName))")
        }
        let data = try ReleaseFiles.readBounded(directory.appendingPathComponent(ReleaseManifest.fileName),
                                                maxBytes: ReleaseManifest.maxBytes)
        do {
            manifest = try ReleaseManifest.decode(data)
        } catch {
            throw ReleaseError.invalidRelease("\(directory.path)/release.json is not a coursec release manifest: \(error)")
        }
        manifestSHA256 = FileDigest.sha256Hex(data: data)
        snapshots = try manifest.courses.map { course in
            guard ReleaseFiles.isSafeRelativePath(course.snapshot) else {
                throw ReleaseError.invalidRelease("release.json names an unsafe snapshot path '\(course.snapshot)'")
            }
            let url = directory.appendingPathComponent(course.snapshot)
            do {
                return try JSONDecoder().decode(ContentSnapshot.self, from: ReleaseFiles.readBounded(url, maxBytes: 64 << 20))
            } catch let error as ReleaseError {
                throw error
            } catch {
                throw ReleaseError.invalidRelease("\(url.path) is not a content snapshot: \(error)")
            }
        }
    }
}
