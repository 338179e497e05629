import Foundation

/// Where the repository is, found from what the user typed: a folder inside
/// it (the current folder by default) or files in it. As git finds `.git`,
/// coursec walks up from the starting folder to the nearest `coursec.yaml`,
/// so `coursec check` works from any folder of a course.
public struct RepositoryLocation: Equatable, Sendable {
    /// The repository's root, as a path to show the user: relative to the
    /// current folder (`.`, `..`, `Courses`), or absolute when the root is
    /// not below a common ancestor worth climbing to.
    public var displayRoot: String
    /// The root as an absolute file URL.
    public var root: URL
    /// Repository-relative paths of the files named, when files were named:
    /// only their diagnostics are reported. Empty: the whole repository.
    public var files: [String]
    /// The current folder, repository-relative, when it is inside the
    /// repository ("" at its root); diagnostics are shown relative to it.
    public var currentFolder: String?

    /// Why no repository could be found.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case missing(String)
        case outside(String, root: String)
        case twoRepositories(String, String)

        /// What went wrong, for the person who typed the path.
        public var message: Message {
            switch self {
            case .notFound(let path):
                "no coursec.yaml in '\(path)' or any folder above it: a course repository has a coursec.yaml at its root (see docs/format.md)"
            case .missing(let path):
                "'\(path)' does not exist"
            case .outside(let path, let root):
                "'\(path)' is not inside the repository '\(root)'"
            case .twoRepositories(let a, let b):
                "the files belong to two repositories ('\(a)' and '\(b)'); check them one repository at a time"
            }
        }

        public var description: String { message.description }
    }

    /// Resolves `paths` (as typed, relative to `currentFolder`). No path:
    /// the repository around the current folder. One folder: the repository
    /// around it. Files (and folders with them): their repository, and only
    /// their diagnostics.
    public static func resolve(_ paths: [String], currentFolder: URL) throws -> RepositoryLocation {
        let fileManager = FileManager.default
        let typed = paths.isEmpty ? ["."] : paths
        var root: URL?
        var files: [String] = []
        for path in typed {
            let url = URL(fileURLWithPath: path, relativeTo: currentFolder).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { throw Problem.missing(path) }
            let start = isDirectory.boolValue ? url : url.deletingLastPathComponent()
            guard let found = findRoot(from: start) else { throw Problem.notFound(isDirectory.boolValue ? path : start.path) }
            if let root, root.path != found.path { throw Problem.twoRepositories(root.path, found.path) }
            root = found
            if !isDirectory.boolValue {
                guard let relative = relativePath(of: url, under: found) else { throw Problem.outside(path, root: found.path) }
                files.append(relative)
            }
        }
        let found = root!
        // A folder named with files only widens nothing: files win.
        let here = currentFolder.standardizedFileURL
        let inside = here.path == found.path ? "" : relativePath(of: here, under: found)
        return RepositoryLocation(displayRoot: display(found, from: currentFolder), root: found, files: files, currentFolder: inside)
    }

    /// The nearest folder from `start` upwards that holds a `coursec.yaml`.
    public static func findRoot(from start: URL) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            let manifest = folder.appendingPathComponent("coursec.yaml").path
            if FileManager.default.fileExists(atPath: manifest, isDirectory: &isDirectory), !isDirectory.boolValue {
                return folder
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path || folder.path == "/" { return nil }
            folder = parent
        }
    }

    /// `url`'s path below `root`, `/`-separated; nil when it is not below.
    static func relativePath(of url: URL, under root: URL) -> String? {
        let base = root.standardizedFileURL.pathComponents
        let parts = url.standardizedFileURL.pathComponents
        guard parts.count > base.count, Array(parts.prefix(base.count)) == base else { return nil }
        return parts.dropFirst(base.count).joined(separator: "/")
    }

    /// `root` written relative to `currentFolder` (`.`, `..`, `Courses`,
    /// `../..`), so paths in diagnostics open from where the user is.
    public static func display(_ root: URL, from currentFolder: URL) -> String {
        let to = root.standardizedFileURL.pathComponents
        let from = currentFolder.standardizedFileURL.pathComponents
        var common = 0
        while common < to.count, common < from.count, to[common] == from[common] { common += 1 }
        // Only the file system's root in common: the absolute path reads better.
        if common <= 1 { return root.standardizedFileURL.path }
        let ups = Array(repeating: "..", count: from.count - common)
        let downs = Array(to[common...])
        let parts = ups + downs
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
