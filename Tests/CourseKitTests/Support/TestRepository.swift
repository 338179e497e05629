@testable import CourseKit

/// Builds repositories in memory and checks them, for tests that need the
/// whole front of the pipeline without touching the disk.
enum TestRepository {
    /// `overrides` replace (or add) files of the minimal valid repository.
    static func check(_ overrides: [String: String] = [:], removing: [String] = [],
                      outsideLinks: Set<String> = []) throws -> CourseCompiler.Result {
        var files = ExampleRepository.base
        for (path, content) in overrides { files[path] = content }
        for path in removing { files[path] = nil }
        let fs = InMemoryFileSystem(files: files, outsideLinks: outsideLinks)
        return try CourseCompiler(fileSystem: fs).check()
    }

    static func check(bytes: [String: [UInt8]]) throws -> CourseCompiler.Result {
        var files = ExampleRepository.base.mapValues { Array($0.utf8) }
        for (path, content) in bytes { files[path] = content }
        return try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check()
    }
}

extension CourseCompiler.Result {
    func with(_ id: String) -> [Diagnostic] { diagnostics.filter { $0.id == id } }
    var ids: [String] { diagnostics.map(\.id) }
    /// "path:line:col id" lines, for compact assertions and failure messages.
    var described: String {
        diagnostics.map { "\($0.range.file):\($0.range.start.line):\($0.range.start.column) \($0.id) \($0.message)" }
            .joined(separator: "\n")
    }
}
