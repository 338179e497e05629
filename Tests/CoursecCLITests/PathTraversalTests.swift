import CoursecTestSupport
import Foundation
import Testing

/// A hostile name in the sources — an id or a subtitle language such as
/// `../../x`, `a/b`, an absolute path or one with NUL — never makes a build
/// write anything, inside or outside the output folder: exit 1 with the
/// located diagnostic, and every folder around the output unchanged.
@Suite struct PathTraversalTests {
    /// Where each kind of name is written in the minimal repository below.
    enum Kind: String, CaseIterable {
        case course, unit, lesson, quiz, assessment, phase, subtitleLanguage
    }

    static let hostileValues = ["../x", "../../x", "../../../x", "a/b", "/tmp/coursec-absolute-escape", "x\\0y", "..", "."]

    static func repository(_ kind: Kind, _ value: String) -> [String: String] {
        // Double-quoted YAML: `\0` is a NUL character, `/` and `.` are themselves.
        func name(_ k: Kind, _ normal: String) -> String { k == kind ? "\"\(value)\"" : normal }
        return [
            "coursec.yaml": """
            name: Ejemplo
            language: es-MX
            phases:
              - id: \(name(.phase, "fase-1"))
                title: Fase 1
                start: 2021-10-04
                end: 2022-03-11
            courses:
              - curso
            policy:
              rules:
                CS0501: off
                CS0320: off
            """,
            "curso/course.yaml": """
            id: \(name(.course, "curso"))
            title: Curso
            description: Un curso.
            subject: matematicas
            grades: [10]
            version: 1.0.0
            assessment: evaluacion.md
            outline:
              - unit: Unidad 1
                id: \(name(.unit, "unidad-1"))
                items:
                  - leccion.md
                  - video.md
                  - practica.md
            """,
            "curso/leccion.md": "---\nid: \(name(.lesson, "leccion"))\ntitle: Lección\n---\n\nTexto.\n",
            "curso/video.md": """
            ---
            id: video
            title: Video
            kind: video
            file: clip.mp4
            subtitles:
              \(name(.subtitleLanguage, "es")): clip.vtt
            ---

            Mira el video.

            """,
            "curso/clip.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\nHola\n",
            "curso/practica.md": "---\nid: \(name(.quiz, "practica"))\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n",
            "curso/evaluacion.md": "---\nid: \(name(.assessment, "evaluacion"))\ntype: assessment\ntitle: Evaluación\n---\n\n1. ¿3 + 3? {#suma-e}\n\n   - [x] 6\n   - [ ] 7\n",
        ]
    }

    /// A minimal MP4 (an `ftyp` box) so the video is a real one.
    static let mp4: [UInt8] = [0, 0, 0, 24] + Array("ftypmp42".utf8) + [0, 0, 0, 0] + Array("mp42isom".utf8)

    static func write(_ files: [String: String], to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data(mp4).write(to: root.appendingPathComponent("curso/clip.mp4"))
    }

    /// Every path under `folder`, relative, links not followed.
    static func listing(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String { result.append(path) }
        return result.sorted()
    }

    @Test(arguments: Kind.allCases)
    func hostileNamesWriteNothing(_ kind: Kind) throws {
        for value in Self.hostileValues {
            let scratch = try ScratchFolder.make("traversal")
            let repo = scratch.appendingPathComponent("deep/er/repo")
            try Self.write(Self.repository(kind, value), to: repo)
            let out = scratch.appendingPathComponent("deep/er/out/dist")
            let before = Self.listing(scratch)
            let absolute = URL(fileURLWithPath: "/tmp/coursec-absolute-escape")
            try? FileManager.default.removeItem(at: absolute)

            let run = try CLIRunner.run(["build", repo.path, "--out", out.path, "--format", "json"])
            #expect(run.status == 1, "\(kind) = \(value): exit \(run.status)\n\(run.stdout)\n\(run.stderr)")
            #expect(run.stdout.contains("\"CS0104\""), "\(kind) = \(value): no CS0104\n\(run.stdout)")
            #expect(Self.listing(scratch) == before, "\(kind) = \(value) created files:\n\(Set(Self.listing(scratch)).subtracting(before).sorted())")
            #expect(!FileManager.default.fileExists(atPath: absolute.path), "\(kind) = \(value) wrote \(absolute.path)")
            for escaped in ["x", "b"] {
                #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent(escaped).path))
            }
        }
    }

    /// Turning the id rule off in the policy does not let a hostile id through.
    @Test func disablingTheRuleStillRefusesTheName() throws {
        let scratch = try ScratchFolder.make("traversal-policy")
        let repo = scratch.appendingPathComponent("repo")
        var files = Self.repository(.course, "../../x")
        files["coursec.yaml"] = files["coursec.yaml"]! + "\n    CS0104: off\n"
        try Self.write(files, to: repo)
        let before = Self.listing(scratch)
        let run = try CLIRunner.run(["build", repo.path, "--out", scratch.appendingPathComponent("a/out").path])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("CS0104"))
        #expect(Self.listing(scratch) == before)
    }

    /// The same repository with ordinary names builds: the cases above fail
    /// for their name, not for something else in the repository.
    @Test func theRepositoryBuildsWithOrdinaryNames() throws {
        let scratch = try ScratchFolder.make("traversal-ok")
        let repo = scratch.appendingPathComponent("repo")
        try Self.write(Self.repository(.course, "curso"), to: repo)
        let run = try CLIRunner.run(["build", repo.path, "--out", scratch.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
    }
}
