import Foundation
import Testing

/// The offline course and the syllabus are the same bytes whatever the
/// machine's state: two builds through the CLI, from copies in different
/// folders, with different time zones, umasks and source modification
/// times, give identical SHA-256 for every output file.
@Suite struct ReproducibilityHTMLSyllabusTests {
    static func copyCourses(mtime: Date) throws -> URL {
        let folder = try HTMLTestSupport.temporaryFolder("repro").appendingPathComponent("Cursos")
        try FileManager.default.copyItem(at: HTMLTestSupport.courses, to: folder)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: url.path)
        }
        return folder
    }

    static func build(_ courses: URL, tz: String, umask: String) throws -> URL {
        let coursec = try #require(HTMLTestSupport.binary(), "build the coursec product first")
        let out = try HTMLTestSupport.temporaryFolder("repro-out")
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = tz
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        let command = "umask \(umask) && exec \"$0\" build \"$1\" --out \"$2\" --target html,syllabus"
        let run = try HTMLTestSupport.run(URL(fileURLWithPath: "/bin/sh"),
                                          ["-c", command, coursec.path, courses.path, out.path], environment: environment)
        #expect(run.status == 0, "\(run.output)")
        return out
    }

    /// Output-relative path → SHA-256 of every file (inside the site folder too).
    static func digests(_ folder: URL) throws -> [String: String] {
        let sha256sum = try #require(HTMLTestSupport.executable("sha256sum"))
        var result: [String: String] = [:]
        for path in HTMLTestSupport.files(under: folder) {
            let run = try HTMLTestSupport.run(sha256sum, [folder.appendingPathComponent(path).path])
            result[path] = String(run.output.prefix(64))
        }
        return result
    }

    @Test func htmlAndSyllabusOutputsAreByteForByteReproducible() throws {
        let first = try Self.build(try Self.copyCourses(mtime: Date(timeIntervalSince1970: 1_000_000_000)),
                                   tz: "UTC", umask: "022")
        let second = try Self.build(try Self.copyCourses(mtime: Date()), tz: "America/Mexico_City", umask: "077")
        let a = try Self.digests(first), b = try Self.digests(second)
        #expect(a.keys.contains("html/matematicas-1.zip"))
        #expect(a.keys.contains("html/matematicas-1/index.html"))
        #expect(a.keys.contains("syllabus/matematicas-1.html"))
        #expect(a.count > 40)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, digest) in a.sorted(by: { $0.key < $1.key }) {
            #expect(b[path] == digest, "\(path) differs between builds")
        }
    }
}
