import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit

/// Media named anywhere in the model are sniffed, and problems reported
/// where each is named.
@Suite struct MediaContentCheckTests {
    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>\n"

    @Test func everyKindOfReferenceIsSniffed() throws {
        var course = ExampleRepository.base["curso/course.yaml"]!
        course += "thumbnail: media/portada.png\n"
        let lesson = """
            ---
            id: leccion
            title: Lección
            kind: video
            file: media/clase.mp4
            subtitles:
              es: media/clase.vtt
            resources:
              - provider: geogebra
                url: https://www.geogebra.org/m/abc
                title: Applet
                fallback: media/applet.pdf
            ---

            ![Recta](media/recta.svg) y la [guía](media/guia.pdf).

            """
        let result = try TestRepository.check(bytes: [
            "curso/course.yaml": Array(course.utf8),
            "curso/leccion.md": Array(lesson.utf8),
            "curso/media/portada.png": Array("no soy un PNG".utf8),
            "curso/media/clase.mp4": [],
            "curso/media/clase.vtt": Array("1\n00:00:00,000 --> 00:00:01,000\nHola\n".utf8),
            "curso/media/applet.pdf": Array("<!DOCTYPE html><html></html>".utf8),
            "curso/media/recta.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8),
            "curso/media/guia.pdf": Array("%PDF-1.4\n%\u{E2}\n".utf8),
        ])
        let found = result.diagnostics.filter { ["CS0209", "CS0210", "CS0211"].contains($0.id) }
            .map { "\($0.range.file):\($0.range.start.line):\($0.range.start.column) \($0.id) \($0.message)" }
        #expect(found.sorted() == [
            "curso/course.yaml:12:12 CS0210 'curso/media/portada.png' is not a PNG image: this .png file is plain text",
            "curso/leccion.md:12:15 CS0210 'curso/media/applet.pdf' is not a PDF document: this .pdf file is HTML",
            "curso/leccion.md:15:10 CS0211 'curso/media/recta.svg' is not safe to show: <svg> has an event handler (onload=\"…\")",
            "curso/leccion.md:5:7 CS0209 'curso/media/clase.mp4' is empty (0 bytes)",
            "curso/leccion.md:7:7 CS0210 'curso/media/clase.vtt' is not a WebVTT subtitle file: this .vtt file is plain text",
        ], "\(result.described)")
    }

    /// A file named by two lessons is reported at both names.
    @Test func aSharedMediumIsReportedAtEachReference() throws {
        let lesson = "---\nid: leccion\ntitle: Lección\n---\n\n![Uno](media/a.png)\n\n![Dos](media/a.png)\n"
        let result = try TestRepository.check(bytes: ["curso/leccion.md": Array(lesson.utf8), "curso/media/a.png": []])
        #expect(result.with("CS0209").map(\.range.start.line) == [6, 8], "\(result.described)")
    }

    @Test func goodMediaAreQuiet() throws {
        let lesson = "---\nid: leccion\ntitle: Lección\n---\n\n![Recta](media/recta.svg) [datos](media/datos.csv)\n"
        let result = try TestRepository.check(bytes: [
            "curso/leccion.md": Array(lesson.utf8),
            "curso/media/recta.svg": Array(Self.svg.utf8),
            "curso/media/datos.csv": Array("x,y\n1,2\n".utf8),
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.described)")
    }
}
