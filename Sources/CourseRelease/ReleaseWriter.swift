import CourseDigest
import CourseKit
import CourseSigning
import Foundation

/// Writes the files of a release into its staging folder: JSON documents
/// with stable bytes, and each artifact's digest and `.minisig`.
struct ReleaseWriter {
    /// The release's folder; every path written or read goes through its guard.
    let folder: OutputRoot
    let key: MinisignSecretKey
    let phase: String
    let release: Int
    let signingTime: Date

    func write(_ data: Data, to path: String) throws -> ReleaseManifest.FileEntry {
        let url = try folder.url(for: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw ReleaseError.io("cannot write \(path): \(error.localizedDescription)")
        }
        return .init(path: path, bytes: data.count, sha256: FileDigest.sha256Hex(data: data))
    }

    func writeJSON<T: Encodable>(_ value: T, to path: String) throws -> ReleaseManifest.FileEntry {
        try write(try Self.stableJSON(value), to: path)
    }

    static func stableJSON<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Digest and sign a file artifact; list the files of a folder artifact,
    /// which `release.json`'s signature then covers.
    func seal(_ artifact: BuiltArtifact, version: String?) throws -> ReleaseManifest.Artifact {
        let url = try folder.url(for: artifact.path)
        let course = artifact.course.map { id in version.map { "\(id)@\($0)" } ?? id }
        if artifact.isDirectory || ReleaseFiles.kind(of: url) == .directory {
            let files = try ReleaseFiles.listing(of: url, shownAs: artifact.path)
            return .init(path: artifact.path, target: artifact.target, course: artifact.course,
                         bytes: files.reduce(0) { $0 + $1.bytes }, sha256: nil, signature: nil, files: files)
        }
        let entry = try ReleaseFiles.entry(for: url, path: artifact.path)
        let signature = try sign(url, path: artifact.path, course: course, sha256: entry.sha256)
        return .init(path: artifact.path, target: artifact.target, course: artifact.course, bytes: entry.bytes,
                     sha256: entry.sha256, signature: signature, files: nil)
    }

    func writeManifest(_ manifest: ReleaseManifest) throws {
        let data = try manifest.encoded()
        let entry = try write(data, to: ReleaseManifest.fileName)
        _ = try sign(try folder.url(for: entry.path), path: entry.path, course: nil, sha256: entry.sha256)
    }

    /// Writes `<path>.minisig` and returns its release-relative path.
    private func sign(_ url: URL, path: String, course: String?, sha256: String) throws -> String {
        let comment = TrustedComment(artifact: path, course: course, phase: phase, release: release, sha256: sha256,
                                     signed: signingTime)
        let text: String
        do {
            text = try Minisign.sign(fileAt: url, with: key, trustedComment: comment.text,
                                     untrustedComment: "signature from coursec secret key \(key.keyIDHex)")
        } catch let error as SigningError {
            throw ReleaseError.io("cannot sign \(path): \(error.description)")
        }
        let signaturePath = path + ".minisig"
        _ = try write(Data(text.utf8), to: signaturePath)
        return signaturePath
    }
}
