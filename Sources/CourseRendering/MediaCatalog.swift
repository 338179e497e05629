import CourseArchive
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
/// its `PackageAssets`. A catalog that outlives one build (`coursec serve`)
/// is given a `MediaDigestCache` that checks each file is unchanged.
public struct MediaCatalog: Sendable {
    public let folder: String
    private let digests: MediaDigestCache

    public init(folder: String = "media", digests: MediaDigestCache = MediaDigestCache()) {
        self.folder = folder
        self.digests = digests
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
        let url = fileSystem.url(for: sourcePath)
        if let known = digests.get(sourcePath, url: url) { return known }
        guard case .file = fileSystem.status(of: sourcePath) else { throw MediaError.unreadable(sourcePath) }
        let signature = digests.validatesFiles ? url.flatMap(FileSignature.init(url:)) : nil
        let digest: String
        if let url {
            digest = try FileDigest.sha256Hex(fileAt: url)
        } else {
            digest = FileDigest.sha256Hex(data: Data(try fileSystem.contents(of: sourcePath)))
        }
        // A file that changed while it was read is hashed again next time.
        if !digests.validatesFiles || (signature != nil && signature == url.flatMap(FileSignature.init(url:))) {
            digests.set(sourcePath, digest, signature: signature)
        }
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

public enum MediaError: MessageError, CustomStringConvertible {
    case unreadable(String)
    public var message: Message {
        switch self {
        case .unreadable(let path): "cannot read '\(path)'"
        }
    }
    public var description: String { message.text(in: .en) }
}

/// Digests by source path, shared by the copies of a catalog across threads.
/// One build's cache trusts what it computed (the sources do not change
/// during a build); a cache kept between builds (`validatesFiles`) serves a
/// digest only while the file's device, inode, size and modification and
/// change times are the ones it had when it was hashed. The kernel stamps
/// files with a coarse clock (a few milliseconds), so a file changed twice
/// within one tick keeps its times: as git does with its index, a digest
/// is kept only for a file last changed well before it was hashed.
public final class MediaDigestCache: @unchecked Sendable {
    public let validatesFiles: Bool
    private let lock = NSLock()
    private var values: [String: (digest: String, signature: FileSignature?)] = [:]

    public init(validatesFiles: Bool = false) {
        self.validatesFiles = validatesFiles
    }

    func get(_ path: String, url: URL?) -> String? {
        guard let known = lock.withLock({ values[path] }) else { return nil }
        guard validatesFiles else { return known.digest }
        guard let signature = known.signature, let url, FileSignature(url: url) == signature else { return nil }
        return known.digest
    }

    func set(_ path: String, _ digest: String, signature: FileSignature?) {
        if validatesFiles {
            guard let signature, signature.isSettled() else { return }
        }
        lock.withLock { values[path] = (digest, signature) }
    }
}
