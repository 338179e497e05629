import Foundation
import Testing

/// The example course's packages are the same bytes whatever the machine's
/// state: two builds through the CLI from copies in different folders, with
/// different time zones, umasks and source mtimes, give identical SHA-256.
@Suite struct SCORMReproducibilityTests {
    static func copyCourses(mtime: Date) throws -> URL {
        let folder = try SCORMTestSupport.temporaryFolder("repro").appendingPathComponent("Cursos")
        try FileManager.default.copyItem(at: SCORMTestSupport.courses, to: folder)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: url.path)
        }
        return folder
    }

    static func build(_ courses: URL, tz: String, umask: String, granularity: String) throws -> URL {
        let coursec = try #require(SCORMTestSupport.builtProduct("coursec"), "build coursec first")
        let out = try SCORMTestSupport.temporaryFolder("repro-out")
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = tz
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        let command = "umask \(umask) && exec \"$0\" build \"$1\" --out \"$2\" --target scorm12 --scorm-granularity \(granularity)"
        let run = try SCORMTestSupport.run(URL(fileURLWithPath: "/bin/sh"),
                                           ["-c", command, coursec.path, courses.path, out.path], environment: environment)
        #expect(run.status == 0, "\(run.output)")
        return out
    }

    /// Package path → SHA-256 (hex) of every ZIP under `folder`.
    static func digests(_ folder: URL) throws -> [String: String] {
        let sha256sum = try #require(SCORMTestSupport.executable("sha256sum"))
        var result: [String: String] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "zip" else { continue }
            let run = try SCORMTestSupport.run(sha256sum, [url.path])
            let relative = String(url.path.dropFirst(folder.path.count))
            result[relative] = String(run.output.prefix(64))
        }
        return result
    }

    @Test(arguments: ["course", "lesson"])
    func packagesAreByteForByteReproducible(granularity: String) throws {
        let first = try Self.build(try Self.copyCourses(mtime: Date(timeIntervalSince1970: 1_000_000_000)),
                                   tz: "UTC", umask: "022", granularity: granularity)
        let second = try Self.build(try Self.copyCourses(mtime: Date()),
                                    tz: "America/Mexico_City", umask: "077", granularity: granularity)
        let a = try Self.digests(first), b = try Self.digests(second)
        #expect(!a.isEmpty)
        #expect(a == b)
    }
}
