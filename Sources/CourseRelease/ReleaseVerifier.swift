import CourseArchive
import CourseDigest
import CourseKit
import CourseSigning
import Foundation

/// `coursec verify`: checks a release folder against its signed manifest,
/// or a single artifact against its `.minisig`. Verification reads only:
/// it never writes, never follows links, and opens archives only through
/// `SafeArchiveReader`.
public struct ReleaseVerifier {
    public let publicKey: MinisignPublicKey
    /// Also open every verified ZIP and vet its entries (no absolute paths,
    /// `..`, links or oversized entries).
    public var inspectArchives: Bool
    /// A release known to be genuine (`--previous`): anything verified must be newer.
    public var previous: ReleaseManifest?
    /// The lowest acceptable release number (`--min-release`).
    public var minimumRelease: Int?

    public init(publicKey: MinisignPublicKey, inspectArchives: Bool = false) {
        self.publicKey = publicKey
        self.inspectArchives = inspectArchives
    }

    /// The manifest of the release folder `directory`, after its signature
    /// (with this verifier's key) and its snapshots verify: the reference
    /// for `previous`.
    public func trustedManifest(of directory: URL) throws -> ReleaseManifest {
        try PreviousRelease(directory: directory, publicKey: publicKey).manifest
    }

    public func verify(paths: [String]) throws -> VerificationReport {
        VerificationReport(subjects: try paths.map { path in
            let url = URL(fileURLWithPath: path)
            switch ReleaseFiles.kind(of: url) {
            case .missing: throw ReleaseError.usage("\(path) does not exist")
            case .directory:
                return verifyRelease(url, shownAs: path)
            default:
                return verifyArtifact(url, shownAs: path)
            }
        })
    }

    /// One file and its `<file>.minisig`.
    func verifyArtifact(_ url: URL, shownAs path: String) -> VerificationReport.Subject {
        var subject = VerificationReport.Subject(path: path, kind: .artifact, verifiedFiles: 0, findings: [])
        let name = url.lastPathComponent
        guard case .file = ReleaseFiles.kind(of: url) else {
            subject.findings.append(.init(path: name, status: .unsafe, detail: "not a regular file"))
            return subject
        }
        switch checkSignature(of: url, named: name, signatureURL: URL(fileURLWithPath: url.path + ".minisig"),
                              expectedSHA256: nil, names: { $0.split(separator: "/").last.map(String.init) == name }) {
        case .failure(let finding): subject.findings.append(finding)
        case .success(let fields):
            subject.phase = fields["phase"]
            subject.keyID = publicKey.keyIDHex
            if let problem = rollback(release: fields["release"].flatMap { Int($0) }, phase: nil) {
                subject.findings.append(.init(path: name, status: .rollback, detail: problem))
            } else {
                subject.verifiedFiles = 1
                if let finding = inspect(url, named: name) { subject.findings.append(finding) }
            }
        }
        return subject
    }

    /// The manifest's signature first: nothing else in the folder can be
    /// trusted until it verifies.
    func verifyRelease(_ folder: URL, shownAs path: String) -> VerificationReport.Subject {
        var subject = VerificationReport.Subject(path: path, kind: .release, verifiedFiles: 0, findings: [])
        let manifestURL = folder.appendingPathComponent(ReleaseManifest.fileName)
        if ReleaseFiles.kind(of: manifestURL) == .missing {
            // Deleting the manifest must not turn a release into "not a release".
            subject.findings.append(.init(path: ReleaseManifest.fileName, status: .missing,
                                          detail: "no release.json: not a release, or one whose manifest was removed"))
            return subject
        }
        if case .failure(let finding) = checkSignature(of: manifestURL, named: ReleaseManifest.fileName,
                                                        signatureURL: URL(fileURLWithPath: manifestURL.path + ".minisig"),
                                                        expectedSHA256: nil, names: { $0 == ReleaseManifest.fileName }) {
            subject.findings.append(finding)
            return subject
        }
        let manifest: ReleaseManifest
        do {
            manifest = try ReleaseManifest.read(from: folder)
        } catch {
            subject.findings.append(.init(path: ReleaseManifest.fileName, status: .invalid, detail: (error as? ReleaseError)?.message
                                          ?? Message(verbatim: String(describing: error))))
            return subject
        }
        subject.phase = manifest.phase.id
        subject.keyID = publicKey.keyIDHex
        if let problem = rollback(release: manifest.release, phase: manifest) {
            subject.findings.append(.init(path: ReleaseManifest.fileName, status: .rollback, detail: problem))
            return subject
        }
        var expected: Set<String> = [ReleaseManifest.fileName, ReleaseManifest.fileName + ".minisig"]
        var findings: [VerificationReport.Finding] = []
        var verified = 1

        func check(_ relative: String, bytes: Int, sha256: String) -> Bool {
            expected.insert(relative)
            guard ReleaseFiles.isSafeRelativePath(relative) else {
                findings.append(.init(path: relative, status: .invalid, detail: "release.json names a path outside the release"))
                return false
            }
            if let finding = Self.compare(folder.appendingPathComponent(relative), named: relative, bytes: bytes, sha256: sha256) {
                findings.append(finding)
                return false
            }
            return true
        }

        for document in manifest.documents where check(document.path, bytes: document.bytes, sha256: document.sha256) {
            verified += 1
        }
        for artifact in manifest.artifacts {
            if let files = artifact.files {
                for file in files where check(artifact.path + "/" + file.path, bytes: file.bytes, sha256: file.sha256) {
                    verified += 1
                }
                continue
            }
            guard let sha256 = artifact.sha256,
                  check(artifact.path, bytes: artifact.bytes, sha256: sha256) else {
                if let signature = artifact.signature { expected.insert(signature) }
                continue
            }
            let signature = artifact.signature ?? artifact.path + ".minisig"
            expected.insert(signature)
            let url = folder.appendingPathComponent(artifact.path)
            switch checkSignature(of: url, named: artifact.path, signatureURL: folder.appendingPathComponent(signature),
                                  expectedSHA256: sha256, names: { $0 == artifact.path }) {
            case .failure(let finding): findings.append(finding)
            case .success:
                if let finding = inspect(url, named: artifact.path) { findings.append(finding) } else { verified += 1 }
            }
        }
        for entry in ReleaseFiles.walk(folder) where !expected.contains(entry.path) {
            let detail: Message = entry.kind == .other ? "a link or special file that release.json does not list"
                                              : "not listed in release.json"
            findings.append(.init(path: entry.path, status: entry.kind == .other ? .unsafe : .extra, detail: detail))
        }
        subject.findings = findings.sorted { ($0.path, $0.status.rawValue) < ($1.path, $1.status.rawValue) }
        subject.verifiedFiles = verified
        return subject
    }

    /// Size first (so a short file is called truncated), then SHA-256.
    static func compare(_ url: URL, named path: String, bytes: Int, sha256: String) -> VerificationReport.Finding? {
        switch ReleaseFiles.kind(of: url) {
        case .missing: return .init(path: path, status: .missing, detail: "listed in release.json but absent")
        case .directory, .other: return .init(path: path, status: .unsafe, detail: "not a regular file")
        case .file(let size):
            if size < bytes {
                return .init(path: path, status: .truncated, detail: "\(size) bytes; release.json says \(bytes)")
            }
            if size > bytes {
                return .init(path: path, status: .altered, detail: "\(size) bytes; release.json says \(bytes)")
            }
            guard let actual = try? FileDigest.sha256Hex(fileAt: url) else {
                return .init(path: path, status: .invalid, detail: "cannot be read")
            }
            return actual == sha256 ? nil : .init(path: path, status: .altered, detail: "SHA-256 differs from release.json")
        }
    }

    /// Why a release numbered `release` (its manifest, for a folder) is not
    /// acceptable against `previous` and `minimumRelease`, or nil.
    func rollback(release: Int?, phase manifest: ReleaseManifest?) -> Message? {
        if let minimumRelease, let problem = ReleaseOrder.belowMinimum(release, minimum: minimumRelease) { return problem }
        guard let previous else { return nil }
        if let manifest { return ReleaseOrder.rollback(new: manifest, old: previous) }
        guard let release else { return "the signature names no release number; it predates rollback protection" }
        if let old = previous.release, release <= old {
            return "release \(release) is not newer than the previous release \(old); an older release cannot replace a newer one"
        }
        return nil
    }

    /// Verifies a minisign signature and returns its trusted comment's
    /// fields. The comment must be coursec's, name the file (`names` judges
    /// its `artifact` field) and give the file's SHA-256 (`expectedSHA256`,
    /// or the file's own when nil): a file re-signed with the same key under
    /// another comment, such as stock minisign's default, does not verify.
    func checkSignature(of url: URL, named path: String, signatureURL: URL, expectedSHA256: String?,
                        names: (String) -> Bool) -> Result<[String: String], VerificationReport.Finding> {
        let signaturePath = path + ".minisig"
        guard case .file = ReleaseFiles.kind(of: signatureURL) else {
            let exists = ReleaseFiles.kind(of: signatureURL) != .missing
            return .failure(VerificationReport.Finding(path: exists ? signaturePath : path, status: exists ? .unsafe : .missingSignature,
                                        detail: exists ? "not a regular file" : "no signature (\(signatureURL.lastPathComponent))"))
        }
        guard case .file = ReleaseFiles.kind(of: url) else {
            return .failure(VerificationReport.Finding(path: path, status: .missing, detail: "absent"))
        }
        do {
            let text = String(decoding: try ReleaseFiles.readBounded(signatureURL, maxBytes: 8192), as: UTF8.self)
            let result = try Minisign.verify(fileAt: url, signatureFileContents: text, publicKey: publicKey)
            guard let fields = TrustedComment.fields(of: result.trustedComment) else {
                return .failure(VerificationReport.Finding(path: signaturePath, status: .badSignature,
                    detail: "the trusted comment is not coursec's (\"\(String(result.trustedComment.prefix(80)))\"): signed outside a release"))
            }
            if let artifact = fields["artifact"], !names(artifact) {
                return .failure(VerificationReport.Finding(path: path, status: .badSignature,
                                            detail: "the signature belongs to '\(artifact)', not to this file"))
            }
            let sha256 = try expectedSHA256 ?? FileDigest.sha256Hex(fileAt: url)
            guard fields["sha256"] == sha256 else {
                return .failure(VerificationReport.Finding(path: path, status: .badSignature,
                                            detail: "the trusted comment does not give this file's SHA-256"))
            }
            return .success(fields)
        } catch SigningError.keyIDMismatch(let signatureKeyID, let publicKeyID) {
            return .failure(VerificationReport.Finding(path: path, status: .wrongKey,
                                        detail: "signed with key \(signatureKeyID), not with the given key \(publicKeyID)"))
        } catch SigningError.signatureInvalid {
            return .failure(VerificationReport.Finding(path: path, status: .altered, detail: "does not match its signature"))
        } catch SigningError.trustedCommentAltered {
            return .failure(VerificationReport.Finding(path: signaturePath, status: .badSignature, detail: "the trusted comment was altered"))
        } catch {
            return .failure(VerificationReport.Finding(path: signaturePath, status: .badSignature,
                                                       detail: Message(verbatim: String(describing: error))))
        }
    }

    /// Vets a ZIP's entries without extracting anything.
    func inspect(_ url: URL, named path: String) -> VerificationReport.Finding? {
        guard inspectArchives, url.pathExtension.lowercased() == "zip" else { return nil }
        do {
            _ = try SafeArchiveReader(url: url).entries()
            return nil
        } catch let error as ArchiveError {
            return .init(path: path, status: .unsafe, detail: "archive rejected: \(error.message)")
        } catch {
            return .init(path: path, status: .unsafe, detail: "archive rejected: \(String(describing: error))")
        }
    }
}

extension VerificationReport.Finding: Error {}
