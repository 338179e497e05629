import CoursecTestSupport
import Foundation
import Testing

/// `coursec check` finds what used to surface only in `coursec build`
/// (hostile or misbuilt packages), and what nothing found (media that are
/// not what they claim, folders linked out of the repository): exit 1,
/// a located diagnostic, and a build that writes nothing.
@Suite struct PackageAndMediaCommandTests {
    /// The "good" fixture with `curso/actividad.md` using `media/actividad.zip`.
    static func repository(lesson: String, files: [String: [UInt8]]) throws -> URL {
        let dir = try CLIRunner.copyFixture("good")
        for (path, bytes) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try lesson.write(to: dir.appendingPathComponent("curso/actividad.md"), atomically: true, encoding: .utf8)
        let course = dir.appendingPathComponent("curso/course.yaml")
        try (String(contentsOf: course, encoding: .utf8) + "      - actividad.md\n").write(to: course, atomically: true, encoding: .utf8)
        return dir
    }

    static func activity(kind: String, file: String) -> String {
        "---\nid: actividad\ntitle: Actividad\nkind: \(kind)\nfile: \(file)\n---\n"
    }

    /// Check, then build: both refuse, and the output folder never appears.
    func expectRefused(_ dir: URL, _ located: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try CLIRunner.run(["check", "--strict", dir.path])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)", sourceLocation: sourceLocation)
        #expect(check.stdout.contains(located), "\(check.stdout)", sourceLocation: sourceLocation)
        #expect(!check.stderr.contains("NSCocoaErrorDomain"), sourceLocation: sourceLocation)
        let out = dir.appendingPathComponent("dist")
        let build = try CLIRunner.run(["build", dir.path, "--out", out.path])
        #expect(build.status == 1, "\(build.stdout)\(build.stderr)", sourceLocation: sourceLocation)
        #expect(build.stdout.contains(located), "\(build.stdout)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: out.path), "the build wrote its output", sourceLocation: sourceLocation)
    }

    @Test(arguments: HostileArchiveCatalog.cases.map(\.name))
    func hostilePackagesAreRefusedByCheckAndBuild(name: String) throws {
        let hostile = try #require(HostileArchiveCatalog.cases.first { $0.name == name })
        let dir = try Self.repository(lesson: Self.activity(kind: hostile.scorm ? "scorm" : "html", file: "media/actividad.zip"),
                                      files: ["curso/media/actividad.zip": hostile.bytes])
        try expectRefused(dir, "curso/actividad.md:5:7: error: ")
        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.stdout.contains("[\(hostile.rule)]") && check.stdout.contains(hostile.reason), "\(check.stdout)")
    }

    /// The reader's reason is a message too: in Spanish, the refusal names
    /// the entry and says why in Spanish, inside the check's Spanish sentence.
    @Test func aRefusedEntryIsExplainedInSpanish() throws {
        let hostile = try #require(HostileArchiveCatalog.cases.first { $0.name == "zip slip" })
        let dir = try Self.repository(lesson: Self.activity(kind: "html", file: "media/actividad.zip"),
                                      files: ["curso/media/actividad.zip": hostile.bytes])
        let check = try CLIRunner.run(["check", dir.path, "--lang", "es"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("[CS0706]"), "\(check.stdout)")
        #expect(check.stdout.contains("se rechaza 'curso/media/actividad.zip': entrada “../../.bashrc”: no se permiten partes “..”"),
                "\(check.stdout)")
        #expect(!check.stdout.contains("components are not allowed"), "\(check.stdout)")
    }

    @Test func aGoodPackageChecksAndBuilds() throws {
        let zip = HostileZip([.stored("index.html", "<!DOCTYPE html><title>Actividad</title><p>Hola</p>")]).bytes()
        let dir = try Self.repository(lesson: Self.activity(kind: "html", file: "media/actividad.zip"),
                                      files: ["curso/media/actividad.zip": zip])
        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.status == 0, "\(check.stdout)")
        // The one thing to say: a SCORM package cannot nest it (CS0803).
        #expect(check.stdout.contains("[CS0803]") && check.stdout.hasSuffix("1 warning in 1 file\n"), "\(check.stdout)")
        let out = dir.appendingPathComponent("dist")
        let build = try CLIRunner.run(["build", dir.path, "--out", out.path, "--target", "html", "--target", "mct"])
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
    }

    @Test(arguments: [
        ("pdf", "guia.pdf", Array("<!DOCTYPE html>\n<html><body>Guía</body></html>\n".utf8), "this .pdf file is HTML [CS0210]"),
        ("pdf", "vacia.pdf", [], "is empty (0 bytes) [CS0209]"),
        ("video", "clase.mp4", Array("no es un video".utf8), "this .mp4 file is plain text [CS0210]"),
        ("audio", "clase.mp3", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "this .mp3 file is a PNG image [CS0210]"),
    ] as [(String, String, [UInt8], String)])
    func mediaThatAreNotWhatTheyClaimAreRefused(kind: String, file: String, bytes: [UInt8], message: String) throws {
        let dir = try Self.repository(lesson: Self.activity(kind: kind, file: "media/\(file)"), files: ["curso/media/\(file)": bytes])
        try expectRefused(dir, "curso/actividad.md:5:7: error: ")
        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.stdout.contains(message), "\(check.stdout)")
    }

    @Test func imagesAreSniffedWhereTheBodyNamesThem() throws {
        let lesson = "---\nid: actividad\ntitle: Actividad\n---\n\n![Recta](media/recta.svg) ![Foto](media/foto.png)\n"
        let dir = try Self.repository(lesson: lesson, files: [
            "curso/media/recta.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8),
            "curso/media/foto.png": Array("texto".utf8),
        ])
        try expectRefused(dir, "curso/actividad.md:6:10: error: 'curso/media/recta.svg' is not safe to show: it contains a <script> element [CS0211]")
        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.stdout.contains("curso/actividad.md:6:35: error: 'curso/media/foto.png' is not a PNG image: this .png file is plain text [CS0210]"), "\(check.stdout)")
    }

    /// Folders linked to outside the repository, as the course folder and
    /// as `lecciones/`, are refused like linked files, where they are named.
    @Test func foldersLinkedOutsideTheRepositoryAreRefused() throws {
        let outside = try ScratchFolder.make("outside")
        try FileManager.default.copyItem(at: CLIRunner.fixtures.appendingPathComponent("good/curso"),
                                         to: outside.appendingPathComponent("curso"))
        let dir = try CLIRunner.copyFixture("good")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("curso"))
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("curso"), withDestinationURL: outside.appendingPathComponent("curso"))
        try expectRefused(dir, "coursec.yaml:9:5: error: course folder 'curso' is a symbolic link to a folder outside the repository [CS0202]")

        let lessons = try CLIRunner.copyFixture("good")
        let folder = try ScratchFolder.make("outside-lessons")
        try Data("---\nid: leccion\ntitle: Lección\n---\n\nFuera.\n".utf8).write(to: folder.appendingPathComponent("leccion.md"))
        try FileManager.default.createSymbolicLink(at: lessons.appendingPathComponent("curso/lecciones"), withDestinationURL: folder)
        let course = lessons.appendingPathComponent("curso/course.yaml")
        try String(contentsOf: course, encoding: .utf8).replacingOccurrences(of: "      - leccion.md\n", with: "      - lecciones/leccion.md\n")
            .write(to: course, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: lessons.appendingPathComponent("curso/leccion.md"))
        try expectRefused(lessons, "curso/course.yaml:10:9: error: 'curso/lecciones/leccion.md' leads outside the repository through a symbolic link")
        // A folder linked inside the repository is fine.
        let inside = try CLIRunner.copyFixture("good")
        try FileManager.default.createDirectory(at: inside.appendingPathComponent("textos"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: inside.appendingPathComponent("curso/leccion.md"), to: inside.appendingPathComponent("textos/leccion.md"))
        try FileManager.default.createSymbolicLink(at: inside.appendingPathComponent("curso/lecciones"), withDestinationURL: inside.appendingPathComponent("textos"))
        let insideCourse = inside.appendingPathComponent("curso/course.yaml")
        try String(contentsOf: insideCourse, encoding: .utf8).replacingOccurrences(of: "      - leccion.md\n", with: "      - lecciones/leccion.md\n")
            .write(to: insideCourse, atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["check", inside.path])
        #expect(check.status == 0, "\(check.stdout)")
    }
}
