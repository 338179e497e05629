import CourseArchive
import CourseBuild
import CourseKit
@testable import TargetHTML
import Foundation
import Testing

/// An HTML lesson's ZIP is unpacked into the offline course and its lesson
/// page links to the activity, in the site folder and in the course ZIP;
/// a ZIP without `index.html` at its root is refused by the check (CS0705),
/// and one too large to hold in memory stays a download.
@Suite struct HTMLActivityTests {
    static func lessonPage(in site: URL) throws -> String {
        let lessons = site.appendingPathComponent("lecciones")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: lessons.path).first { $0.hasSuffix("-html.html") })
        return try String(contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
    }

    /// The site folder of the course that has the HTML lesson.
    static func site(in out: URL) throws -> URL {
        let sites = try FileManager.default.contentsOfDirectory(at: out.appendingPathComponent("html"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension != "zip" }
        return try #require(sites.first { site in
            let lessons = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("lecciones").path)) ?? []
            return lessons.contains { $0.hasSuffix("-html.html") }
        })
    }

    @Test func theActivityIsUnpackedAndLinked() throws {
        let root = try MCTTestSupport.repository(in: try MCTTestSupport.temporaryFolder("activity"))
        let (result, out) = try HTMLTestSupport.build(root)
        #expect(result.built, "\(result.diagnostics)")
        let site = try Self.site(in: out)
        let activity = site.appendingPathComponent("actividades/html/index.html")
        #expect(try String(contentsOf: activity, encoding: .utf8) == "<html><body>Actividad</body></html>")
        let page = try Self.lessonPage(in: site)
        #expect(page.contains("href=\"../actividades/html/index.html\""))
        #expect(!page.contains("actividad.zip") && !page.contains(".zip\""), "the ZIP is not offered any more")
        let zip = out.appendingPathComponent("html/\(site.lastPathComponent).zip")
        let entries = try SafeArchiveReader(url: zip).entries().map(\.path)
        #expect(entries.contains("\(site.lastPathComponent)/actividades/html/index.html"))
    }

    @Test func aZipWithoutIndexAtItsRootIsRefusedAndNothingIsWritten() throws {
        let root = try MCTTestSupport.repository(.htmlInFolder, in: try MCTTestSupport.temporaryFolder("activity-folder"))
        let (result, out) = try HTMLTestSupport.build(root)
        #expect(!result.built)
        let refusal = try #require(result.diagnostics.first { $0.id == "CS0705" }, "\(result.diagnostics)")
        #expect(refusal.range.file == "curso/lecciones/06-html.md")
        #expect(refusal.message.description.contains("zip the contents of the folder"), "\(refusal.message)")
        // The (empty) folder the test made for the build stays empty.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
    }

    /// The check vetted the package, but the unpacker does not trust that:
    /// a ZIP that became hostile since is an error, not files on disk.
    @Test func aPackageThatChangedSinceTheCheckIsAnError() throws {
        let root = try MCTTestSupport.repository(in: try MCTTestSupport.temporaryFolder("activity-changed"))
        let repository = try CourseCompiler(root: root).check().repository
        let course = try #require(repository.courses.first { $0.lessons.contains { $0.kind == .html } })
        let lesson = try #require(course.lessons.first { $0.kind == .html })
        let zip = root.appendingPathComponent(try #require(lesson.file?.value))
        var encoder = ZipEncoder(sink: MemoryZipSink(), timestamp: 0)
        try encoder.addData(Data("<p>hola</p>".utf8), name: "index.html", compress: false)
        try encoder.addData(Data("x".utf8), name: "../../fuera.html", compress: false)
        try encoder.finish()
        try encoder.sink.data.write(to: zip)
        let unpacker = HTMLActivityUnpacker(fileSystem: LocalFileSystem(root: root))
        #expect(throws: ArchiveError.self) { try unpacker.activities(in: course) }
    }

    /// Unpacked files stay in memory until the site is written: an activity
    /// over the limits is left as a download rather than loaded.
    @Test func anActivityOverTheLimitsIsNotUnpacked() throws {
        let root = try MCTTestSupport.repository(in: try MCTTestSupport.temporaryFolder("activity-limits"))
        let repository = try CourseCompiler(root: root).check().repository
        let course = try #require(repository.courses.first { $0.lessons.contains { $0.kind == .html } })
        var unpacker = HTMLActivityUnpacker(fileSystem: LocalFileSystem(root: root))
        #expect(try unpacker.activities(in: course).count == 1)
        unpacker.limits = SafeArchiveReader.Limits(maxEntries: 10, maxEntrySize: 10, maxTotalSize: 10)
        #expect(try unpacker.activities(in: course).isEmpty)
    }
}
