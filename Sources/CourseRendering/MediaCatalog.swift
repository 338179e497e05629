import CourseKit
import CourseDigest
import Foundation

/// Where source media go inside a package. Files are named by the SHA-256 of
/// their content plus the original name (for readability, and because the
/// platform shows a bulk-uploaded file's name as the lesson name), so a file
/// used by several pages is stored once, and its name changes when — and
/// only when — its content does.
///
/// A catalog remembers the digests it computed, so a medium used by many
/// pages is hashed once; share one catalog between a target's renderer and
/// its `PackageAssets`.
public struct MediaCatalog: Sendable {
    public let folder: String
    private let digests = DigestCache()

    public init(folder: String = "media") {
        self.folder = folder
    }

    /// The package path for a repository-relative media file, given its digest.
    public func packagePath(for sourcePath: String, sha256: String) -> String {
        let name = sourcePath.split(separator: "/").last.map(String.init) ?? "archivo"
        return folder + "/" + String(sha256.prefix(12)) + "-" + MediaCatalog.safeName(name)
    }

    /// The package path for a repository-relative file, hashing it (once).
    public func packagePath(for sourcePath: String, in fileSystem: CourseFileSystem) throws -> String {
        packagePath(for: sourcePath, sha256: try sha256(of: sourcePath, in: fileSystem))
    }

    /// Lowercase hex SHA-256 of a repository-relative file, streamed from
    /// disk when the file system has one.
    public func sha256(of sourcePath: String, in fileSystem: CourseFileSystem) throws -> String {
        if let known = digests.get(sourcePath) { return known }
        guard case .file = fileSystem.status(of: sourcePath) else { throw MediaError.unreadable(sourcePath) }
        let digest: String
        if let url = fileSystem.url(for: sourcePath) {
            digest = try FileDigest.sha256Hex(fileAt: url)
        } else {
            digest = FileDigest.sha256Hex(data: Data(try fileSystem.contents(of: sourcePath)))
        }
        digests.set(sourcePath, digest)
        return digest
    }

    /// ASCII-only, lowercase file names: safe on every platform and in URLs.
    static func safeName(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" {
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.isEmpty ? "archivo" : out
    }
}

public enum MediaError: Error, CustomStringConvertible {
    case unreadable(String)
    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read '\(path)'"
        }
    }
}

/// Digests by source path, shared by the copies of a catalog across threads.
final class DigestCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    func get(_ path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return values[path]
    }

    func set(_ path: String, _ digest: String) {
        lock.lock()
        values[path] = digest
        lock.unlock()
    }
}
