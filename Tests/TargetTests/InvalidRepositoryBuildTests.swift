import CourseBuild
import CourseKit
import Foundation
import Testing

/// The targets render while the checks run, so they see repositories with
/// errors: they must report or skip what is wrong, never trap, and a build
/// whose checks fail writes nothing at all (not even the output folder).
@Suite struct InvalidRepositoryBuildTests {
    /// Each breaks the fixture in one way the checks refuse.
    static let breakages: [(name: String, file: String, replace: String, with: String)] = [
        ("two right options in a single-choice question", "curso/practicas/practica.md",
         "   - [ ] El newton", "   - [x] El newton"),
        ("a question without a right option", "curso/practicas/practica.md",
         "   - [x] El joule, \"J\"", "   - [ ] El joule, \"J\""),
        ("a duplicate lesson id", "curso/lecciones/02-video.md", "id: video", "id: texto"),
        ("a missing image", "curso/lecciones/01-texto.md", "../media/diagrama.png", "../media/no-existe.png"),
        ("a missing medium", "curso/lecciones/02-video.md", "caida.mp4", "no-existe.mp4"),
        ("an unknown field", "curso/lecciones/01-texto.md", "tags: [energía]", "tags: [energía]\ntitel: x"),
        ("an empty blank", "curso/practicas/practica.md", "3. La energía se conserva. {#conserva type=true-false}",
         "3. La energía vale [[ ]] joules. {#conserva}"),
        ("a duplicate question id", "curso/practicas/practica.md", "{#vectoriales type=multiple}", "{#unidad type=multiple}"),
    ]

    @Test(arguments: breakages.indices)
    func aBrokenRepositoryBuildsNothingAndDoesNotTrap(index: Int) throws {
        let breakage = Self.breakages[index]
        let folder = try MCTTestSupport.temporaryFolder("invalid-\(index)")
        let root = try MCTTestSupport.repository(in: folder)
        let file = root.appendingPathComponent(breakage.file)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(breakage.replace), "fixture changed: \(breakage.name)")
        try text.replacingOccurrences(of: breakage.replace, with: breakage.with)
            .write(to: file, atomically: false, encoding: .utf8)

        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out, targets: ["mct", "html", "scorm12", "syllabus"])
        #expect(!result.built, "\(breakage.name) was not refused")
        #expect(result.diagnostics.contains { $0.severity == .error }, "\(breakage.name)")
        #expect(result.artifacts.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(breakage.name): the output folder was left behind")
    }

    @Test func aRefusedRebuildLeavesThePreviousOutputAsItWas() throws {
        let folder = try MCTTestSupport.temporaryFolder("invalid-rebuild")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let first = try MCTTestSupport.build(root, out: out, targets: ["mct", "html"])
        #expect(first.built)
        let before = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()

        let quiz = root.appendingPathComponent("curso/practicas/practica.md")
        let text = try String(contentsOf: quiz, encoding: .utf8)
        try text.replacingOccurrences(of: "   - [ ] El newton", with: "   - [x] El newton")
            .write(to: quiz, atomically: false, encoding: .utf8)
        let second = try MCTTestSupport.build(root, out: out, targets: ["mct", "html"])
        #expect(!second.built)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted() == before,
                "a refused build changed the output or left staging behind")
    }
}
