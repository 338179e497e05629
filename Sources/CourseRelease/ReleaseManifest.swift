import CourseKit
import Foundation

/// `release.json`: what a release contains, signed as
/// `release.json.minisig`. It holds no timestamps and nothing else that
/// varies between runs, so releasing the same sources twice gives the same
/// bytes (the signing time lives only in the signatures' trusted comments).
public struct ReleaseManifest: Codable, Sendable, Equatable {
    public struct PhaseInfo: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var start: String
        public var end: String
        /// The phase's position in `coursec.yaml`'s phases, from 1: a later
        /// release never has a lower one. Nil in releases made before it.
        public var order: Int?
    }

    public struct Source: Codable, Sendable, Equatable {
        /// The git commit of the sources, or nil when they are not a git checkout.
        public var revision: String?
        /// True when the checkout had uncommitted changes under the sources' folder.
        public var dirty: Bool?
    }

    public struct Previous: Codable, Sendable, Equatable {
        public var phase: String
        /// The previous release's number.
        public var release: Int?
        /// SHA-256 of the previous `release.json`, chaining releases together.
        public var manifestSHA256: String
    }

    public struct CourseEntry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var version: String
        public var language: String
        /// SHA-256 over the canonical published content (see `ContentDigest`).
        public var contentDigest: String
        public var lessons: Int
        public var quizzes: Int
        public var assessmentItems: Int
        /// The course's `content/<id>.json` snapshot, for `coursec diff`.
        public var snapshot: String
    }

    public struct FileEntry: Codable, Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    public struct Artifact: Codable, Sendable, Equatable {
        public var path: String
        public var target: String
        public var course: String?
        public var bytes: Int
        /// For a file: its SHA-256. Nil for a folder.
        public var sha256: String?
        /// For a file: its minisign signature, `<path>.minisig`. Nil for a folder.
        public var signature: String?
        /// For a folder (the offline site): every file in it, relative to
        /// the folder, protected by this manifest's own signature.
        public var files: [FileEntry]?

        public var isDirectory: Bool { files != nil }
    }

    /// Identifies the layout; bumped only when a field changes meaning.
    public var format: String = "coursec-release/1"
    /// The release number: 1 for a first release, one more than the
    /// previous release's with `--previous`. `verify --previous` and
    /// `--min-release` refuse a release whose number is not higher, so an
    /// older release, however validly signed, cannot pass for a newer one.
    /// Nil in releases made before numbers existed.
    public var release: Int?
    public var coursecVersion: String
    public var repository: String
    /// The repository's default language (CHANGES.md's headings use it).
    public var language: String
    public var phase: PhaseInfo
    public var source: Source
    public var previous: Previous?
    public var courses: [CourseEntry]
    public var artifacts: [Artifact]
    /// The release's own documents (CHANGES.md, changes.json, snapshots),
    /// covered by this manifest's signature.
    public var documents: [FileEntry]

    public static let fileName = "release.json"
    /// Largest `release.json` read back: generous, but bounded so a hostile
    /// folder cannot make verification read gigabytes into memory.
    static let maxBytes = 64 << 20

    /// Stable bytes: sorted keys, two-space indentation, unescaped slashes, final newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> ReleaseManifest {
        try JSONDecoder().decode(ReleaseManifest.self, from: data)
    }

    public static func read(from directory: URL) throws -> ReleaseManifest {
        let url = directory.appendingPathComponent(fileName)
        let data = try ReleaseFiles.readBounded(url, maxBytes: maxBytes)
        do {
            return try decode(data)
        } catch {
            throw ReleaseError.invalidRelease("\(url.path) is not a coursec release manifest: \(String(describing: error))")
        }
    }
}
