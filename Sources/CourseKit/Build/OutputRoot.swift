import Foundation

/// A folder coursec writes under (a build's staging folder, a target's
/// folder in it, a release's folder). Every output path of every target
/// goes through `url(for:)`, the one guard that keeps writes inside: the
/// path must be relative and made of valid `PathName`s, so `..`, absolute
/// paths, empty components and NUL are refused with a thrown
/// `OutputPathError`, never followed and never a trap.
public struct OutputRoot: Sendable, Hashable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The location of `path` (`/`-separated, relative) under this root.
    public func url(for path: String) throws(OutputPathError) -> URL {
        try url(for: Self.names(in: path))
    }

    /// The location of a path given as validated names.
    public func url(for names: [PathName]) throws(OutputPathError) -> URL {
        guard !names.isEmpty else { throw OutputPathError(path: "", reason: "the path is empty") }
        var result = url
        for name in names { result.appendPathComponent(name.value, isDirectory: false) }
        // Belt and braces: names cannot contain separators, but the result is
        // compared with the root all the same.
        let root = url.path.hasSuffix("/") ? url.path : url.path + "/"
        guard result.path.hasPrefix(root) else {
            throw OutputPathError(path: names.map(\.value).joined(separator: "/"), reason: "it leaves \(url.path)")
        }
        return result
    }

    /// A folder under this root, itself a root.
    public func folder(_ path: String) throws(OutputPathError) -> OutputRoot {
        OutputRoot(try url(for: path))
    }

    /// `path` split into validated names.
    public static func names(in path: String) throws(OutputPathError) -> [PathName] {
        if path.hasPrefix("/") { throw OutputPathError(path: path, reason: "absolute paths are not allowed") }
        var names: [PathName] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            do {
                names.append(try PathName(validating: String(component)))
            } catch {
                throw OutputPathError(path: path, reason: error.reason)
            }
        }
        return names
    }
}
