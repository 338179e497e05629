import CourseBuild
@testable import CourseIncremental
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// `coursec build --cache` writes exactly what a build without it writes:
/// cold, warm, after edits of a lesson and of an image, into a fresh output
/// folder and into the previous one (the atomic replacement keeps working),
/// and with damaged cache files, which are ignored. A valid entry planted
/// in the cache does show up in the output: proof that pages are reused
/// (and that the folder is trusted like the sources).
@Suite struct BuildCacheTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Fixture {
        let root: URL
        let scratch: URL
        var cache: URL { scratch.appendingPathComponent(".coursec-cache") }

        init() throws {
            scratch = try ScratchFolder.make("build-cache")
            root = scratch.appendingPathComponent("Courses")
            try FileManager.default.copyItem(at: BuildCacheTests.repositoryRoot.appendingPathComponent("Courses"), to: root)
        }

        /// Builds every target into `out` (a new folder when nil) and returns every file's bytes by path.
        func build(cached: Bool, into out: URL? = nil) throws -> [String: Data] {
            let output = try out ?? ScratchFolder.make("build-cache-out").appendingPathComponent("dist")
            let options = BuildOptions(cache: cached ? cache : nil)
            let result = try CourseBuilder(fileSystem: LocalFileSystem(root: root), output: output, options: options).build()
            #expect(result.built, "\(result.diagnostics)")
            return try BuildCacheTests.files(under: output)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }

        /// Every page file of the cache.
        func cacheFiles() -> [URL] {
            let pages = cache.appendingPathComponent("pages")
            let enumerator = FileManager.default.enumerator(at: pages, includingPropertiesForKeys: [.isRegularFileKey])
            var files: [URL] = []
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { files.append(url) }
            }
            return files.sorted { $0.path < $1.path }
        }
    }

    static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[String(url.resolvingSymlinksInPath().path.dropFirst(folder.resolvingSymlinksInPath().path.count + 1))]
                = try Data(contentsOf: url)
        }
        return result
    }

    static func expectSame(_ cached: [String: Data], _ plain: [String: Data], _ when: String) {
        #expect(cached.keys.sorted() == plain.keys.sorted(), "file lists differ \(when)")
        for (path, bytes) in plain where cached[path] != bytes {
            Issue.record("\(path) differs \(when)")
        }
    }

    @Test func aCachedBuildWritesWhatAnUncachedBuildWrites() throws {
        let fixture = try Fixture()
        let plain = try fixture.build(cached: false)
        #expect(plain.count > 50)
        let out = try ScratchFolder.make("build-cache-out").appendingPathComponent("dist")
        Self.expectSame(try fixture.build(cached: true, into: out), plain, "on a cold cache")
        #expect(fixture.cacheFiles().count > 50)
        Self.expectSame(try fixture.build(cached: true, into: out), plain, "on a warm cache, into the same output")
        Self.expectSame(try fixture.build(cached: true), plain, "on a warm cache, into a new output")

        try fixture.edit("matematicas-1/lecciones/05-porcentajes.md") {
            $0.replacingOccurrences(of: "\ntitle: Porcentajes\n", with: "\ntitle: Porcentajes y descuentos\n")
                + "\nUn párrafo nuevo con $x^2$ y una imagen: ![Una balanza](../media/balanza.png)\n"
        }
        let image = fixture.root.appendingPathComponent("matematicas-1/media/balanza.png")
        var pixels = try Data(contentsOf: image)
        pixels[pixels.count - 20] ^= 0xFF
        try pixels.write(to: image)
        let edited = try fixture.build(cached: false)
        Self.expectSame(try fixture.build(cached: true, into: out), edited, "after editing a lesson and an image")
    }

    @Test func damagedCacheFilesAreIgnored() throws {
        let fixture = try Fixture()
        let plain = try fixture.build(cached: false)
        _ = try fixture.build(cached: true)
        let files = fixture.cacheFiles()
        #expect(files.count > 3)
        // Truncated, one byte changed, and not a cache file at all.
        let first = try Data(contentsOf: files[0])
        try first.prefix(first.count / 2).write(to: files[0])
        var second = try Data(contentsOf: files[1])
        second[second.count / 2] ^= 0x01
        try second.write(to: files[1])
        try Data("<html>planted</html>".utf8).write(to: files[2])
        Self.expectSame(try fixture.build(cached: true), plain, "with damaged cache files")
    }

    @Test func aValidEntryInTheCacheIsServed() throws {
        let fixture = try Fixture()
        _ = try fixture.build(cached: true)
        var planted = 0
        for file in fixture.cacheFiles() {
            guard var entry = PageCacheFolder.decode(Array(try Data(contentsOf: file))),
                  entry.page.html.contains("Porcentajes") else { continue }
            entry.page.html = entry.page.html.replacingOccurrences(of: "</main>", with: "<p>plantado en la caché</p></main>")
            try Data(PageCacheFolder.encode(entry.page, media: entry.media)).write(to: file)
            planted += 1
        }
        #expect(planted > 0)
        let built = try fixture.build(cached: true)
        #expect(built.contains { $0.key.hasSuffix(".html") && String(decoding: $0.value, as: UTF8.self).contains("plantado en la caché") })
    }
}
