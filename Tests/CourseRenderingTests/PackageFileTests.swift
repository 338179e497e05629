import Foundation
import Testing
@testable import CourseRendering

/// A rebuild keeps an offline-site folder only when it holds exactly the
/// files the build would write.
@Suite struct PackageFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coursec-pf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("lecciones/vacía"),
                                                withIntermediateDirectories: true)
        try Data("<p>índice</p>".utf8).write(to: url.appendingPathComponent("index.html"))
        try Data("<p>uno</p>".utf8).write(to: url.appendingPathComponent("lecciones/01-uno.html"))
        return url
    }

    let files = [
        PackageFile(path: "index.html", content: .data(Data("<p>índice</p>".utf8))),
        PackageFile(path: "lecciones/01-uno.html", content: .data(Data("<p>uno</p>".utf8))),
    ]

    @Test func countsPlainFilesInEveryFolderButNotLinks() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(PackageFile.regularFileCount(in: url.path) == 2)
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("enlace.html").path,
                                                   withDestinationPath: "index.html")
        #expect(PackageFile.regularFileCount(in: url.path) == 2)
        #expect(PackageFile.regularFileCount(in: url.appendingPathComponent("no-existe").path) == nil)
    }

    @Test func aFolderIsKeptOnlyWithExactlyTheSameFiles() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(PackageFile.folder(url, holdsExactly: files))
        #expect(!PackageFile.folder(url, holdsExactly: Array(files.prefix(1))), "one file more in the folder")
        try Data("<p>dos</p>".utf8).write(to: url.appendingPathComponent("lecciones/vacía/02.html"))
        #expect(!PackageFile.folder(url, holdsExactly: files), "a file the build would not write")
        try FileManager.default.removeItem(at: url.appendingPathComponent("lecciones/vacía/02.html"))
        try Data("<p>UNO</p>".utf8).write(to: url.appendingPathComponent("lecciones/01-uno.html"))
        #expect(!PackageFile.folder(url, holdsExactly: files), "a byte changed")
    }
}
