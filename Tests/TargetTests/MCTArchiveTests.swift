import CourseArchive
import CourseBuild
import CourseKit
import CourseXML
import Foundation
import Testing

/// The platform's bulk-upload layout, checked rule by rule on the built
/// `courses.zip` with libarchive (`SafeArchiveReader`), `bsdtar` and `unzip`.
@Suite struct MCTArchiveTests {
    static let allowedExtensions: Set<String> = MediaTypes.video.extensions.union(MediaTypes.audio.extensions)
        .union(["pdf", "zip", "ppt", "pptx", "docx", "epub", "xlsx", "xls"])

    struct Built {
        var result: CourseBuilder.Result
        var out: URL
        var zip: URL
        var entries: [ArchiveEntryInfo]
    }

    static func buildFixture() throws -> Built {
        let folder = try MCTTestSupport.temporaryFolder("archive")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        let zip = out.appendingPathComponent("mct/fase-1/courses.zip")
        let entries = try SafeArchiveReader(url: zip).entries()
        return Built(result: result, out: out, zip: zip, entries: entries)
    }

    @Test func theBuildSucceedsAndRecordsTheZip() throws {
        let built = try Self.buildFixture()
        #expect(built.result.built, "\(built.result.diagnostics)")
        #expect(built.result.artifacts.contains { $0.path == "mct/fase-1/courses.zip" && $0.target == "mct" })
    }

    @Test func onlyTopLevelCourseFoldersNamedInOrder() throws {
        let built = try Self.buildFixture()
        let folders = built.entries.filter { $0.type == .directory }.map(\.path)
        #expect(folders == ["01 Física_ ¿por qué_ _1_", "02 Química 1"])
        // No file at the top level, nothing deeper than course/lesson.
        for entry in built.entries where entry.type == .file {
            let parts = entry.path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "\(entry.path) is not course/lesson")
            #expect(folders.contains(String(parts[0])), "\(entry.path) outside a course folder")
        }
    }

    @Test func courseFoldersHoldOnlyLessonFilesInOutlineOrder() throws {
        let built = try Self.buildFixture()
        let files = built.entries.filter { $0.type == .file }.map(\.path)
        #expect(files == [
            "01 Física_ ¿por qué_ _1_/01 Lección_ ¿qué es la energía_ _ parte 1.zip",
            "01 Física_ ¿por qué_ _1_/02 Video de la caída libre.mp4",
            // 03 is the practice quiz and 04 the external link: added by hand.
            "01 Física_ ¿por qué_ _1_/05 Formulario.pdf",
            "01 Física_ ¿por qué_ _1_/06 Paquete SCORM.zip",
            "01 Física_ ¿por qué_ _1_/07 Actividad HTML.zip",
            "02 Química 1/01 Átomos.zip",
        ])
        for path in files {
            let name = String(path.split(separator: "/")[1])
            let ext = String(name.split(separator: ".").last ?? "").lowercased()
            #expect(Self.allowedExtensions.contains(ext), "\(name): unsupported lesson type")
            #expect(WindowsSafeName.isSafeComponent(name), "\(name) is not Windows-safe")
            #expect(name.first!.isNumber, "\(name) has no order prefix")
        }
    }

    @Test func mediaAreCopiedByteForByte() throws {
        let built = try Self.buildFixture()
        let video = try SafeArchiveReader(url: built.zip).read(entry: "01 Física_ ¿por qué_ _1_/02 Video de la caída libre.mp4", maxBytes: 1 << 20)
        #expect(video == (try Data(contentsOf: MCTTestSupport.fixture.appendingPathComponent("curso/media/caida.mp4"))))
    }

    @Test func generatedLessonZipsHaveIndexAtRootAndOnlyInternalReferences() throws {
        let built = try Self.buildFixture()
        let scratch = try MCTTestSupport.temporaryFolder("lessons")
        let generated = ["01 Física_ ¿por qué_ _1_/01 Lección_ ¿qué es la energía_ _ parte 1.zip", "02 Química 1/01 Átomos.zip"]
        for path in generated {
            let lesson = try MCTTestSupport.extract(path, from: built.zip, to: scratch)
            let inner = try SafeArchiveReader(url: lesson).entries()
            #expect(inner.contains { $0.path == "index.html" && $0.type == .file }, "\(path): no index.html at the root")
            let names = Set(inner.map(\.path))
            let html = try SafeArchiveReader(url: lesson).read(entry: "index.html", maxBytes: 1 << 20)
            let document = try HTMLDocumentChecker(data: html, encoding: "utf-8")
            for reference in try document.strings("//@src | //@href") {
                let problem = Self.referenceProblem(reference, entries: names)
                #expect(problem == nil, "\(path): \(reference): \(problem ?? "")")
            }
        }
    }

    /// nil when `reference` stays inside the ZIP or is a page elsewhere on the web.
    static func referenceProblem(_ reference: String, entries: Set<String>) -> String? {
        let lower = reference.lowercased()
        if lower.hasPrefix("#") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            // An absolute URL to one of the package's own files would break offline.
            let file = String(reference.split(separator: "/").last ?? "")
            return entries.contains(where: { $0.hasSuffix("/" + file) || $0 == file }) ? "absolute URL to an own asset" : nil
        }
        if lower.hasPrefix("/") || lower.hasPrefix("file:") || lower.contains("://") { return "absolute reference" }
        let path = String(reference.split(separator: "#").first ?? "").split(separator: "?").first.map(String.init) ?? ""
        if path.split(separator: "/").contains("..") { return "leaves the ZIP" }
        return entries.contains(path.removingPercentEncoding ?? path) ? nil : "not inside the ZIP"
    }

    @Test func independentToolsAcceptEveryArchive() throws {
        let built = try Self.buildFixture()
        let scratch = try MCTTestSupport.temporaryFolder("tools")
        var archives = [built.zip]
        for entry in built.entries where entry.path.hasSuffix(".zip") {
            archives.append(try MCTTestSupport.extract(entry.path, from: built.zip, to: scratch))
        }
        for archive in archives {
            let unzip = try MCTTestSupport.run("/usr/bin/unzip", ["-t", archive.path])
            #expect(unzip.status == 0, "unzip -t \(archive.lastPathComponent): \(unzip.stdout)\(unzip.stderr)")
            let bsdtar = try MCTTestSupport.run("/usr/bin/bsdtar", ["-tf", archive.path])
            #expect(bsdtar.status == 0, "bsdtar -tf: \(bsdtar.stderr)")
        }
        let listing = try MCTTestSupport.run("/usr/bin/bsdtar", ["-tf", built.zip.path], environment: ["LC_ALL": "C.UTF-8"])
        #expect(listing.stdout.contains("01 Física_ ¿por qué_ _1_/02 Video de la caída libre.mp4"), "UTF-8 names: \(listing.stdout)")
    }

    @Test func aSCORMPackageWithoutManifestStopsTheBuild() throws {
        let folder = try MCTTestSupport.temporaryFolder("scorm")
        let root = try MCTTestSupport.repository(.scormWithoutManifest, in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        #expect(!result.built)
        #expect(result.diagnostics.contains { $0.id == "CS0704" && $0.range.file == "curso/lecciones/05-scorm.md" })
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("mct").path), "nothing is written")
    }

    @Test func anHTMLPackageZippedFromItsFolderIsRefused() throws {
        let folder = try MCTTestSupport.temporaryFolder("html")
        let root = try MCTTestSupport.repository(.htmlInFolder, in: folder)
        let result = try MCTTestSupport.build(root, out: folder.appendingPathComponent("out"))
        let found = result.diagnostics.first { $0.id == "CS0705" }
        #expect(found?.message.description.contains("actividad/index.html") == true, "\(result.diagnostics)")
    }
}
