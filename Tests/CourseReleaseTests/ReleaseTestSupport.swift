import CourseBuild
import CourseKit
import CourseSigning
import CoursecTestSupport
import Foundation
@testable import CourseRelease

/// Shared fixtures: a private copy of the example repository, and a small
/// target that produces a file per course and a folder, so the release
/// stage is tested whatever the real targets produce today.
enum ReleaseFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFolder(_ name: String = "coursec-release") throws -> URL {
        try ScratchFolder.make(name)
    }

    /// A copy of `Courses/` that a test may edit.
    static func courses() throws -> URL {
        let target = try temporaryFolder().appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Courses"), to: target)
        return target
    }

    static func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "edit of \(path) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    static func release(_ sources: URL, phase: String, into out: URL, previous: URL? = nil,
                        previousKey: MinisignPublicKey? = nil,
                        key: MinisignSecretKey, clock: Date = Date(timeIntervalSince1970: 1_790_000_000)) throws -> ReleaseBuilder.Result {
        var options = ReleaseBuilder.Options(sourceRoot: sources, phaseID: phase, output: out, previous: previous)
        options.previousPublicKey = previousKey
        options.targets = [FakeTarget()]
        options.clock = { clock }
        return try ReleaseBuilder(options: options, key: key).run()
    }

    static func snapshots(_ sources: URL, phase: String) throws -> [ContentSnapshot] {
        try SnapshotSource.load(sources, phaseID: phase).snapshots
    }
}

/// Writes `fake/<course>.txt` (a file artifact) and `fake/site/` (a folder artifact).
struct FakeTarget: BuildTarget {
    var name: String { "fake" }
    var summary: Message { "test artifacts" }

    func build(_ context: BuildContext) throws {
        for course in context.repository.courses {
            let outline = course.items.map { "\($0.id.value): \($0.title)" }.joined(separator: "\n")
            try context.write(Data(outline.utf8), to: "fake/\(course.id.value).txt", target: name, course: course.id.value)
        }
        let site = try context.stagingURL("fake/site/index.html")
        try Data("<h1>site</h1>".utf8).write(to: site)
        try Data("body{}".utf8).write(to: try context.stagingURL("fake/site/css/style.css"))
        context.record(BuiltArtifact(path: "fake/site", target: name, bytes: 19, isDirectory: true))
    }
}
