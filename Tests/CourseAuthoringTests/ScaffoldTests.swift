import CoursecTestSupport
import CourseKit
import Foundation
import Testing
@testable import CourseAuthoring

/// `coursec init`: a repository that checks clean, commented, naming its schemas.
@Suite struct ScaffoldTests {
    @Test func aNewRepositoryChecksClean() throws {
        let folder = try ScratchFolder.make("init").appendingPathComponent("nuevo")
        let written = try RepositoryScaffold.create(at: folder)
        #expect(written.contains("coursec.yaml"))
        #expect(written.contains("curso/course.yaml"))
        let result = try CourseCompiler(root: folder, warningsAsErrors: true).check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let course = try #require(result.repository.courses.first)
        #expect(course.units.flatMap(\.items).count == 2)
        #expect(course.assessment != nil)
    }

    @Test func everyYAMLFileNamesASchemaThatExists() throws {
        let folder = try ScratchFolder.make("init-schemas").appendingPathComponent("nuevo")
        try RepositoryScaffold.create(at: folder)
        for path in ["coursec.yaml", "curso/course.yaml", "marcos/competencias.yaml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let first = try #require(text.split(separator: "\n").first)
            #expect(first.hasPrefix("# yaml-language-server: $schema="), "\(path)")
            let target = String(first.dropFirst("# yaml-language-server: $schema=".count))
            let schema = folder.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(target)
            #expect(FileManager.default.fileExists(atPath: schema.path), "\(path) names \(target)")
            // Every field has a Spanish comment above it.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where index > 0 && !line.hasPrefix(" ") && !line.hasPrefix("#") && line.contains(":") {
                #expect(lines[index - 1].hasPrefix("#"), "\(path): `\(line)` has no comment")
            }
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try ScratchFolder.make("init-full")
        try Data("x".utf8).write(to: folder.appendingPathComponent("notas.txt"))
        #expect(throws: RepositoryScaffold.Problem.notEmpty(folder.path)) { try RepositoryScaffold.create(at: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notas.txt"])
    }
}
