import CourseDigest
import Foundation

/// File-system helpers for release folders. Nothing here follows symbolic
/// links: a release is a plain tree of files, and a link inside one is
/// reported, never read through.
enum ReleaseFiles {
    enum Kind: Equatable { case file(size: Int), directory, other, missing }

    static func kind(of url: URL) -> Kind {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Every entry under `root`, relative and `/`-separated, sorted by path:
    /// regular files as `.file`, and links or special files as `.other`.
    /// Folders are descended into, not listed.
    static func walk(_ root: URL) -> [(path: String, kind: Kind)] {
        var result: [(String, Kind)] = []
        func visit(_ url: URL, _ prefix: String) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names {
                let child = url.appendingPathComponent(name)
                let path = prefix.isEmpty ? name : prefix + "/" + name
                let kind = kind(of: child)
                if kind == .directory { visit(child, path) } else { result.append((path, kind)) }
            }
        }
        visit(root, "")
        return result.sorted { $0.0 < $1.0 }
    }

    /// The listing of a folder artifact: each regular file with size and SHA-256.
    /// `shownAs` names the folder in messages (its path inside the release).
    static func listing(of folder: URL, shownAs name: String) throws -> [ReleaseManifest.FileEntry] {
        try walk(folder).map { entry in
            guard case .file(let size) = entry.kind else {
                throw ReleaseError.io("\(name)/\(entry.path) is a symbolic link or special file; a release holds only regular files (the target that wrote it must copy the file itself)")
            }
            return .init(path: entry.path, bytes: size,
                         sha256: try FileDigest.sha256Hex(fileAt: folder.appendingPathComponent(entry.path)))
        }
    }

    static func entry(for url: URL, path: String) throws -> ReleaseManifest.FileEntry {
        guard case .file(let size) = kind(of: url) else { throw ReleaseError.io("\(url.path) is not a regular file") }
        return .init(path: path, bytes: size, sha256: try FileDigest.sha256Hex(fileAt: url))
    }

    /// Reads a small file, refusing one larger than `maxBytes`.
    static func readBounded(_ url: URL, maxBytes: Int) throws -> Data {
        switch kind(of: url) {
        case .missing: throw ReleaseError.invalidRelease("\(url.path) does not exist")
        case .file(let size) where size > maxBytes:
            throw ReleaseError.invalidRelease("\(url.path) is \(size) bytes, more than the \(maxBytes)-byte limit")
        case .file: break
        default: throw ReleaseError.invalidRelease("\(url.path) is not a regular file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReleaseError.io("cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    /// A path taken from a manifest, accepted only if it stays inside the
    /// release folder (the manifest is signed, but a verifier should not
    /// trust it to be well-formed).
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
