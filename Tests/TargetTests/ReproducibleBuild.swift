import Foundation
import Testing

/// Two builds of the example course through the CLI, from copies in
/// different folders with different source modification times, under a
/// different time zone and umask: what every target's reproducibility test
/// compares.
enum ReproducibleBuild {
    /// A copy of `Courses/` whose files all carry `mtime`.
    static func copyCourses(mtime: Date) throws -> URL {
        let folder = try HTMLTestSupport.temporaryFolder("repro").appendingPathComponent("Cursos")
        try FileManager.default.copyItem(at: HTMLTestSupport.courses, to: folder)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: url.path)
        }
        return folder
    }

    /// Runs `coursec build COURSES --out OUT <arguments>` under `TZ` and `umask`,
    /// without `SOURCE_DATE_EPOCH`; returns OUT.
    static func build(_ courses: URL, tz: String, umask: String, arguments: [String]) throws -> URL {
        let coursec = try #require(HTMLTestSupport.binary(), "build the coursec product first")
        let out = try HTMLTestSupport.temporaryFolder("repro-out")
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = tz
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        let command = "umask \(umask) && exec \"$0\" build \"$1\" --out \"$2\" " + arguments.joined(separator: " ")
        let run = try HTMLTestSupport.run(URL(fileURLWithPath: "/bin/sh"),
                                          ["-c", command, coursec.path, courses.path, out.path], environment: environment)
        #expect(run.status == 0, "\(run.output)")
        return out
    }

    /// The two builds the tests compare: epoch-era mtimes, UTC, umask 022
    /// against today's mtimes, Mexico City time, umask 077.
    static func twoBuilds(arguments: [String]) throws -> (URL, URL) {
        let first = try build(try copyCourses(mtime: Date(timeIntervalSince1970: 1_000_000_000)),
                              tz: "UTC", umask: "022", arguments: arguments)
        let second = try build(try copyCourses(mtime: Date()), tz: "America/Mexico_City", umask: "077",
                               arguments: arguments)
        return (first, second)
    }

    /// Output-relative path → SHA-256 of every file whose path `include` accepts.
    static func digests(_ folder: URL, include: (String) -> Bool = { _ in true }) throws -> [String: String] {
        let sha256sum = try #require(HTMLTestSupport.executable("sha256sum"))
        var result: [String: String] = [:]
        for path in HTMLTestSupport.files(under: folder) where include(path) {
            let run = try HTMLTestSupport.run(sha256sum, [folder.appendingPathComponent(path).path])
            result[path] = String(run.output.prefix(64))
        }
        return result
    }
}
