import Foundation
import Testing

/// Two builds of the same sources in different folders, with a different
/// time zone, umask and file modification times, give the same bytes.
@Suite struct MCTReproducibilityTests {
    static func hashes(of folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let out = try MCTTestSupport.run("/usr/bin/sha256sum", [url.path])
            result[String(url.path.dropFirst(folder.path.count))] = String(out.stdout.prefix(64))
        }
        return result
    }

    @Test func buildsAreByteIdentical() throws {
        guard FileManager.default.isExecutableFile(atPath: MCTTestSupport.binary.path) else {
            Issue.record("coursec binary not found at \(MCTTestSupport.binary.path)")
            return
        }
        var outputs: [[String: String]] = []
        for (tz, umask, stamp) in [("UTC", "022", "200001010000"), ("America/Mexico_City", "077", "203001010000")] {
            let folder = try MCTTestSupport.temporaryFolder("repro")
            let root = try MCTTestSupport.repository(in: folder)
            try MCTTestSupport.run("/usr/bin/find", [root.path, "-exec", "touch", "-t", stamp, "{}", "+"])
            let out = folder.appendingPathComponent("dist")
            let build = try MCTTestSupport.run("/bin/sh", ["-c", "umask \(umask) && exec \"$0\" build \"$1\" --out \"$2\" --target mct",
                                                          MCTTestSupport.binary.path, root.path, out.path],
                                               environment: ["TZ": tz, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": ""])
            #expect(build.status == 0, "\(build.stderr)")
            outputs.append(try Self.hashes(of: out.appendingPathComponent("mct")))
        }
        #expect(outputs[0].count >= 8)
        #expect(outputs[0] == outputs[1])
    }

    @Test func sourceDateEpochSetsTheArchiveTime() throws {
        let folder = try MCTTestSupport.temporaryFolder("epoch")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("dist")
        let build = try MCTTestSupport.run(MCTTestSupport.binary.path, ["build", root.path, "--out", out.path, "--target", "mct"],
                                           environment: ["SOURCE_DATE_EPOCH": "1633305600", "TZ": "Asia/Tokyo"])
        #expect(build.status == 0, "\(build.stderr)")
        let listing = try MCTTestSupport.run("/usr/bin/unzip", ["-l", out.appendingPathComponent("mct/fase-1/courses.zip").path],
                                             environment: ["TZ": "UTC"])
        #expect(listing.stdout.contains("2021-10-04 00:00"), "\(listing.stdout)")
    }
}
