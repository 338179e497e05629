import CourseKit
import Foundation
import Testing

/// The one guard every output write goes through.
@Suite struct OutputRootTests {
    let root = OutputRoot(URL(fileURLWithPath: "/tmp/coursec-output-root/staging"))

    @Test(arguments: ["../x", "a/../../x", "/etc/passwd", "a//b", "a/", "", ".", "a/./b", "x\u{0}y", "a\\b", "a/\u{1F}",
                      String(repeating: "n", count: 256)])
    func refusesPathsThatAreNotPlainNames(_ path: String) {
        #expect(throws: OutputPathError.self) { try root.url(for: path) }
    }

    @Test(arguments: ["mct/fase-1/courses.zip", "html/curso/index.html", "a", ".lessons/01-leccion.zip", "..a/b..",
                      "Lección 1.html"])
    func acceptsPlainRelativePaths(_ path: String) throws {
        let url = try root.url(for: path)
        #expect(url.path == "/tmp/coursec-output-root/staging/" + path)
    }

    @Test func foldersAreGuardedToo() throws {
        let folder = try root.folder("html/curso")
        #expect(throws: OutputPathError.self) { try folder.url(for: "../../../escape") }
        #expect(try folder.url(for: "media/a.png").path == "/tmp/coursec-output-root/staging/html/curso/media/a.png")
    }

    @Test func pathNamesAreOnlyMadeByValidation() {
        #expect(throws: OutputPathError.self) { try PathName(validating: "..") }
        #expect(throws: OutputPathError.self) { try PathName(validating: "a/b") }
        #expect((try? PathName(validating: "curso-1"))?.value == "curso-1")
    }

    /// A target asking the build context for a path outside staging gets a
    /// thrown error, and nothing is created.
    @Test func buildContextRefusesEscapingWrites() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("coursec-ctx-\(UUID().uuidString)")
        let staging = scratch.appendingPathComponent("out/staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let context = BuildContext(repository: Repository(name: "r", language: "es"),
                                   phase: Phase(id: "f", title: "F", start: "", end: "", range: .file("coursec.yaml")),
                                   fileSystem: InMemoryFileSystem(), staging: staging,
                                   options: BuildOptions())
        #expect(throws: OutputPathError.self) { try context.write(Data("x".utf8), to: "../escaped", target: "t", course: nil) }
        #expect(throws: OutputPathError.self) { try context.stagingURL("../../escaped/file") }
        #expect(throws: OutputPathError.self) { try context.stagingFolder("a/../../b") }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("out/escaped").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("escaped").path))
        try context.write(Data("x".utf8), to: "ok/file.txt", target: "t", course: nil)
        #expect(FileManager.default.fileExists(atPath: staging.appendingPathComponent("ok/file.txt").path))
    }

    /// Targets and the renderer build output paths only through the guard:
    /// no URL arithmetic of their own.
    @Test func targetsDoNotBuildOutputURLsThemselves() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/Targets")
        var offenders: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("appendingPathComponent(") || line.contains("URL(fileURLWithPath") {
                offenders.append("\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "write through BuildContext.stagingURL/stagingFolder/write:\n\(offenders.joined(separator: "\n"))")
    }
}
