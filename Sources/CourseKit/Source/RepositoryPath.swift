/// Resolves the paths authors write (relative to the file they are in) to
/// repository-relative paths, refusing any that leave the repository.
public enum RepositoryPath {
    public enum Problem: Error, Equatable {
        case absolute
        case escapesRepository
        case empty
    }

    /// The folder part of a repository-relative path ("" for the root).
    public static func directory(of path: String) -> String {
        // On the bytes: a search by Character walks grapheme clusters
        // backwards, thousands of instructions per path.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }

    /// `written` is relative to `directory` (repository-relative).
    public static func resolve(_ written: String, relativeTo directory: String) -> Result<String, Problem> {
        let trimmed = written.trimmed
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("\\") || trimmed.hasPrefix("~") { return .failure(.absolute) }
        let scalars = trimmed.unicodeScalars
        if let second = scalars.dropFirst().first, second == ":" { return .failure(.absolute) } // C:\ or C:/
        // Byte-wise: Character-level `split` and Foundation's replacing showed
        // in profiles (every outline entry and link goes through here).
        let slash = UInt8(ascii: "/")
        let written = trimmed.utf8.contains(UInt8(ascii: "\\"))
            ? trimmed.replacingOccurrences(of: "\\", with: "/") : trimmed
        let components = written.utf8.split(separator: slash, omittingEmptySubsequences: false)
        let isPlain = components.allSatisfy { c in
            !c.isEmpty && !(c.count <= 2 && c.allSatisfy { $0 == UInt8(ascii: ".") })
        }
        if isPlain { return .success(join(directory, written)) }
        var parts = directory.utf8.split(separator: slash).map { String($0)! }
        for component in components {
            if component.isEmpty || component.elementsEqual([UInt8(ascii: ".")]) { continue }
            if component.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                if parts.isEmpty { return .failure(.escapesRepository) }
                parts.removeLast()
            } else {
                parts.append(String(component)!)
            }
        }
        if parts.isEmpty { return .failure(.empty) }
        return .success(parts.joined(separator: "/"))
    }

    /// The lowercased extension of a path, without the dot.
    public static func pathExtension(_ path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }
}

import Foundation
