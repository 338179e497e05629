import CourseArchive
import Foundation
import Testing

/// Nothing the author wrote is dropped on the way to the platform: the body
/// of a video, PDF or link lesson (which the platform takes as a file or a
/// link, with no text) becomes an HTML lesson just before it, in
/// `courses.zip`, `course.json` and `DEPLOY.md`; and `DEPLOY.md` names every
/// file the deployer uploads by hand, subtitles included.
@Suite struct MCTLessonIntroductionTests {
    static let body = "\nMira el video con atención y anota **tres** ideas; la fórmula $v = g t$ te ayudará.\n"

    /// The edge fixture with a body in its video, link and PDF lessons (not in the SCORM one).
    static func build() throws -> (out: URL, folder: URL) {
        let folder = try MCTTestSupport.temporaryFolder("introduction")
        let root = try MCTTestSupport.repository(in: folder)
        for lesson in ["02-video.md", "03-enlace.md", "04-pdf.md"] {
            let url = root.appendingPathComponent("curso/lecciones/\(lesson)")
            try (try Data(contentsOf: url) + Data(body.utf8)).write(to: url)
        }
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        #expect(result.built, "\(result.diagnostics)")
        return (out, out.appendingPathComponent("mct/fase-1/curso"))
    }

    @Test func bodyOfAVideoPDFOrLinkLessonIsAnHTMLLessonJustBeforeIt() throws {
        let (out, _) = try Self.build()
        let zip = SafeArchiveReader(url: out.appendingPathComponent("mct/fase-1/courses.zip"))
        // The fixture's first course (the second, `otro`, has a text lesson only).
        let folderName = try #require(try zip.entries().first { $0.type == .directory }?.path) + "/"
        let names = try zip.entries().filter { $0.type == .file && $0.path.hasPrefix(folderName) }
            .map { String($0.path.dropFirst(folderName.count)) }
        #expect(names == [
            "01 Lección_ ¿qué es la energía_ _ parte 1.zip",
            "02 Video de la caída libre — introducción.zip", "03 Video de la caída libre.mp4",
            "05 Simulación de PhET — introducción.zip",
            "07 Formulario — introducción.zip", "08 Formulario.pdf",
            "09 Paquete SCORM.zip", "10 Actividad HTML.zip",
        ], "\(names)")

        let lesson = try zip.read(entry: folderName + "02 Video de la caída libre — introducción.zip",
                                  maxBytes: 1 << 20)
        let scratch = try MCTTestSupport.temporaryFolder("introduction-zip")
        try lesson.write(to: scratch.appendingPathComponent("l.zip"))
        let inner = SafeArchiveReader(url: scratch.appendingPathComponent("l.zip"))
        #expect(try !inner.entries().contains { $0.path.hasSuffix(".mp4") || $0.path.hasSuffix(".vtt") },
                "the introduction does not carry the video")
        let page = String(decoding: try inner.read(entry: "index.html", maxBytes: 1 << 20), as: UTF8.self)
        #expect(page.contains("Mira el video con atención y anota <strong>tres</strong> ideas"))
        #expect(page.contains("<math"), "math typeset as in every platform lesson")
        #expect(page.contains("Continúa con la lección siguiente: «03 Video de la caída libre».") )
        #expect(!page.contains("<video"))
    }

    @Test func courseJSONListsTheIntroductionsAndCountsThem() throws {
        let (_, folder) = try Self.build()
        let data = try Data(contentsOf: folder.appendingPathComponent("course.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let outline = try #require(json["outline"] as? [[String: Any]])
        let introductions = outline.filter { $0["introduces"] != nil }
        #expect(introductions.map { $0["number"] as? String } == ["02", "05", "07"])
        #expect(introductions.map { $0["introduces"] as? String }
                == ["03 Video de la caída libre", "06 Simulación de PhET", "08 Formulario"])
        #expect(introductions.allSatisfy { $0["kind"] as? String == "lesson" && $0["lessonKind"] as? String == "text" })
        #expect(introductions.allSatisfy { $0["url"] == nil && $0["subtitles"] == nil })
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["lessons"] == 9 && counts["lessonsInUpload"] == 8 && counts["total"] == 12)
    }

    @Test func deployChecklistNamesEveryFileUploadedByHandSubtitlesIncluded() throws {
        let (_, folder) = try Self.build()
        let md = try String(contentsOf: folder.appendingPathComponent("DEPLOY.md"), encoding: .utf8)
        let files = HTMLTestSupport.files(under: folder).filter { $0 != "DEPLOY.md" && $0 != "course.json" }
        #expect(files.contains("subtitulos/03-video.es.vtt"), "\(files)")
        for file in files {
            #expect(md.contains("`\(file)`"), "DEPLOY.md does not name \(file)")
        }
        #expect(md.contains("**03 Video de la caída libre**: `subtitulos/03-video.es.vtt` (es)"))
        #expect(md.contains("«… — introducción» (`02`, `05`, `07`)"))
        #expect(md.contains("| 02 | lección HTML (introducción) | 02 Video de la caída libre — introducción |"))
    }
}
