import Foundation
import Testing

/// Media are streamed: building a course whose lesson is a 1 GB video takes
/// no more memory than building it with a tiny one. Measured on the `coursec`
/// process alone with /usr/bin/time, since tests share their own process.
@Suite struct StreamingMemoryTests {
    func peakKiB(videoBytes: UInt64, target: String = "mct") throws -> Int {
        let dir = try CLIRunner.copyFixture("good")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let media = dir.appendingPathComponent("curso/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        let video = media.appendingPathComponent("clase.mp4")
        // An MP4 `ftyp` box (the check reads the first bytes), then a sparse
        // rest: no disk used, the same bytes streamed.
        let ftyp: [UInt8] = [0, 0, 0, 20] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isom".utf8)
        _ = FileManager.default.createFile(atPath: video.path, contents: Data(ftyp))
        let handle = try FileHandle(forWritingTo: video)
        try handle.truncate(atOffset: max(videoBytes, UInt64(ftyp.count)))
        try handle.close()
        try "---\nid: video\ntitle: Clase en video\nkind: video\nfile: media/clase.mp4\n---\n"
            .write(to: dir.appendingPathComponent("curso/video.md"), atomically: true, encoding: .utf8)
        let course = dir.appendingPathComponent("curso/course.yaml")
        try (String(contentsOf: course, encoding: .utf8) + "      - video.md\n").write(to: course, atomically: true, encoding: .utf8)
        // Write the packages to memory when /dev/shm exists: 1 GB to disk is slow.
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.fileExists(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let out = base.appendingPathComponent("coursec-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = dir.deletingLastPathComponent().appendingPathComponent("time.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report.path, CLIRunner.binary.path,
                             "build", dir.path, "--out", out.path, "--target", target]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = try String(contentsOf: report, encoding: .utf8)
        return Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? -1
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time (Debian package time)"))
    func aOneGigabyteVideoDoesNotRaisePeakMemory() throws {
        let small = try peakKiB(videoBytes: 1024)
        let large = try peakKiB(videoBytes: 1 << 30)
        #expect(small > 0 && large > 0)
        #expect(large - small < 10 * 1024, "peak memory grew from \(small) KiB to \(large) KiB with a 1 GB video")
    }

    /// The offline site copies the video into its folder and its ZIP, and
    /// SCORM into its package: piece by piece too. (128 MiB is enough to see
    /// a whole-file read, and keeps the outputs small in /dev/shm.)
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time (Debian package time)"),
          arguments: ["html", "scorm12"])
    func aLargeVideoDoesNotRaisePeakMemoryInOtherTargets(target: String) throws {
        let small = try peakKiB(videoBytes: 1024, target: target)
        let large = try peakKiB(videoBytes: 128 << 20, target: target)
        #expect(small > 0 && large > 0)
        #expect(large - small < 10 * 1024, "\(target): peak memory grew from \(small) KiB to \(large) KiB with a 128 MiB video")
    }
}
