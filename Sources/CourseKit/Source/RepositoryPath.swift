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
        guard let slash = path.lastIndex(of: "/") else { return "" }
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
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 2, scalars[1] == ":" { return .failure(.absolute) } // C:\ or C:/
        var parts = directory.split(separator: "/").map(String.init)
        for component in trimmed.replacingOccurrences(of: "\\", with: "/").split(separator: "/") {
            switch component {
            case ".", "": continue
            case "..":
                if parts.isEmpty { return .failure(.escapesRepository) }
                parts.removeLast()
            default:
                parts.append(String(component))
            }
        }
        if parts.isEmpty { return .failure(.empty) }
        return .success(parts.joined(separator: "/"))
    }

    /// The lowercased extension of a path, without the dot.
    public static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

import Foundation
