import CourseKit
import Foundation

/// The repository a command works on, found from its path arguments (see
/// `RepositoryLocation`): commands run from any folder of a repository.
enum RepositoryArgument {
    /// The repository around `paths` (files or folders), or exit 2.
    static func locate(_ paths: [String]) throws -> RepositoryLocation {
        do {
            return try RepositoryLocation.resolve(paths, currentFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch let problem as RepositoryLocation.Problem {
            throw CLIError.cannotRun(problem.message)
        }
    }

    /// The root of the repository around `directory`, as a path to show
    /// (for commands that take one folder: build, coverage, release, results).
    static func root(_ directory: String) throws -> String {
        try locate([directory]).displayRoot
    }
}

extension RepositoryLocation {
    /// The diagnostics of the files named, or all when none was.
    func only(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !files.isEmpty else { return diagnostics }
        let wanted = Set(files)
        return diagnostics.filter { wanted.contains($0.range.file) }
    }
}
