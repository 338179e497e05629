import CourseArchive
import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit

/// Every hostile package is refused by the check, at the `file:` of the
/// lesson that uses it, with the reason.
@Suite struct LessonPackageCheckTests {
    static func lesson(kind: String) -> String {
        "---\nid: leccion\ntitle: Lección\nkind: \(kind)\nfile: media/actividad.zip\n---\n"
    }

    static func check(_ zip: [UInt8], kind: String = "html") throws -> CourseCompiler.Result {
        try TestRepository.check(bytes: ["curso/leccion.md": Array(lesson(kind: kind).utf8), "curso/media/actividad.zip": zip])
    }

    @Test(arguments: HostileArchiveCatalog.cases.map(\.name))
    func hostilePackagesAreRefusedAtTheLessonsFileLine(name: String) throws {
        let hostile = try #require(HostileArchiveCatalog.cases.first { $0.name == name })
        let result = try Self.check(hostile.bytes, kind: hostile.scorm ? "scorm" : "html")
        let found = result.with(hostile.rule)
        #expect(found.count == 1, "\(result.described)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.range.file == "curso/leccion.md")
        #expect(diagnostic.range.start == SourcePosition(line: 5, column: 7))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.description.contains(hostile.reason), "\(diagnostic.message)")
        #expect(diagnostic.message.description.contains("media/actividad.zip") || diagnostic.message.description.contains("curso/media/actividad.zip"))
        #expect(!diagnostic.message.description.contains("root:x"), "a file outside was read")
    }

    /// More than 1 MiB inflated from a hundred times fewer bytes.
    @Test func aCompressionBombIsRefused() throws {
        var encoder = ZipEncoder(sink: MemoryZipSink(), timestamp: 0)
        try encoder.addData(Data("<p>hola</p>".utf8), name: "index.html", compress: true)
        try encoder.addData(Data(count: 4 << 20), name: "ceros.bin", compress: true)
        try encoder.finish()
        let result = try Self.check(Array(encoder.sink.data))
        #expect(result.with("CS0706").first?.message.description.contains("at most 100 times is allowed") == true, "\(result.described)")
    }

    @Test func aPackageZippedWithItsFolderGetsTheHint() throws {
        let zip = HostileZip([.folder("actividad"), .stored("actividad/index.html", "<p>hola</p>")]).bytes()
        let result = try Self.check(zip)
        let message = try #require(result.with("CS0705").first?.message)
        #expect(message.description == "the HTML package 'curso/media/actividad.zip' has no index.html at its root (it is at “actividad/index.html”: zip the contents of the folder, not the folder)")
        let scorm = try Self.check(HostileZip([.stored("paquete/imsmanifest.xml", "<manifest/>")]).bytes(), kind: "scorm")
        #expect(scorm.with("CS0704").first?.message.description.contains("it is at “paquete/imsmanifest.xml”") == true, "\(scorm.described)")
    }

    @Test func whatIsNotAZipIsSaidSo() throws {
        let html = try Self.check(Array("<!DOCTYPE html><html></html>".utf8))
        #expect(html.with("CS0705").first?.message.description == "'curso/media/actividad.zip' is not a ZIP archive: this .zip file is HTML")
        let empty = try Self.check([])
        #expect(empty.with("CS0705").first?.message.description == "the HTML package 'curso/media/actividad.zip' is empty (0 bytes)")
        let truncated = try Self.check(Array(HostileZip([.stored("index.html", "x")]).bytes().dropLast(10)))
        #expect(truncated.with("CS0705").first?.message.description.contains("cannot be read as a ZIP archive") == true, "\(truncated.described)")
    }

    @Test func aValidSCORMPackageAndAnHTMLPackageAreQuiet() throws {
        let manifest = try #require(PackageRules.invalidSCORMPackage.examples.last?.archives.values.first)
        #expect(try Self.check(manifest.bytes, kind: "scorm").diagnostics.filter { $0.severity == .error }.isEmpty)
        let page = HostileZip([.stored("index.html", "<p>hola</p>")]).bytes()
        #expect(try Self.check(page).diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// One package used by two lessons is read once and reported at both.
    @Test func aSharedPackageIsReportedWhereverItIsUsed() throws {
        var files = ExampleRepository.base.mapValues { Array($0.utf8) }
        files["curso/leccion.md"] = Array(Self.lesson(kind: "html").utf8)
        files["curso/otra.md"] = Array(Self.lesson(kind: "html").replacingOccurrences(of: "id: leccion", with: "id: otra").utf8)
        files["curso/course.yaml"] = Array(ExampleRepository.base["curso/course.yaml"]!
            .replacingOccurrences(of: "      - leccion.md\n", with: "      - leccion.md\n      - otra.md\n").utf8)
        files["curso/media/actividad.zip"] = HostileZip([.stored("../x.html", "x")]).bytes()
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check()
        #expect(Set(result.with("CS0706").map(\.range.file)) == ["curso/leccion.md", "curso/otra.md"], "\(result.described)")
    }
}
