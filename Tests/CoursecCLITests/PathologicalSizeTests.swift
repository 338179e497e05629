import CoursecTestSupport
import Foundation
import Testing

/// Hostile sizes cost time and memory in proportion to the input, and past
/// a limit (CS0010–CS0015) hardly anything. Each case runs `check` and
/// `build` on a repository at size n and 4n, measured on the `coursec`
/// process by /usr/bin/time: CPU time and peak memory at 4n stay within 8
/// times those at n (linear work would be 4; the quadratic work these inputs
/// once caused was 16 and more) and under absolute bounds ten times what a
/// debug build needs. CPU time, not wall time, so that other work on the
/// machine does not count; a floor of half a second keeps start-up noise
/// from deciding a ratio.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time (Debian package time)"))
struct PathologicalSizeTests {
    struct Measured: CustomStringConvertible {
        var status: Int32
        var cpuSeconds: Double
        var peakKiB: Int
        var description: String { "exit \(status), \(cpuSeconds) s CPU, \(peakKiB / 1024) MiB" }
    }

    /// Runs coursec under /usr/bin/time; stdout is kept to look for the rule.
    static func measure(_ arguments: [String], in folder: URL) throws -> (Measured, String) {
        let report = folder.appendingPathComponent("time-\(UUID().uuidString).txt")
        let output = folder.appendingPathComponent("out-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%U %S %M", "-o", report.path, CLIRunner.binary.path] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        var environment = CoursecEnvironment.make()
        environment["NO_COLOR"] = "1"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        let fields = try String(contentsOf: report, encoding: .utf8).split(separator: "\n").last?.split(separator: " ") ?? []
        guard fields.count == 3, let user = Double(fields[0]), let system = Double(fields[1]), let peak = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return (Measured(status: process.terminationStatus, cpuSeconds: user + system, peakKiB: peak),
                try String(contentsOf: output, encoding: .utf8))
    }

    /// Makes the repository at sizes n and 4n, runs both commands on each,
    /// and holds the results to the bounds.
    func scales(_ label: String, n: Int, rule: String?, status: Int32 = 1, cpuBound: Double = 20, memoryBoundMiB: Int = 400,
                make: (URL, Int) throws -> Void) throws {
        let scratch = try ScratchFolderForSizes.make(label)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for command in ["check", "build"] {
            var results: [Measured] = []
            for size in [n, 4 * n] {
                let repo = scratch.appendingPathComponent("\(command)-\(size)/repo")
                try FileManager.default.createDirectory(at: repo.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: CLIRunner.fixtures.appendingPathComponent("good"), to: repo)
                try make(repo, size)
                let arguments = command == "check" ? ["check", repo.path]
                    : ["build", repo.path, "--out", repo.deletingLastPathComponent().appendingPathComponent("dist").path]
                let (measured, stdout) = try Self.measure(arguments, in: scratch)
                #expect(measured.status == status, "\(label) \(command) at \(size): \(measured)")
                if let rule { #expect(stdout.contains("[\(rule)]"), "\(label) \(command) at \(size) did not report \(rule)") }
                results.append(measured)
            }
            let (small, large) = (results[0], results[1])
            #expect(large.cpuSeconds <= 8 * max(small.cpuSeconds, 0.5),
                    "\(label) \(command): \(small) at \(n), \(large) at \(4 * n)")
            #expect(large.cpuSeconds <= cpuBound, "\(label) \(command) at \(4 * n): \(large)")
            #expect(large.peakKiB <= 8 * small.peakKiB, "\(label) \(command): \(small) at \(n), \(large) at \(4 * n)")
            #expect(large.peakKiB <= memoryBoundMiB * 1024 * SanitizerRun.memoryFactor, "\(label) \(command) at \(4 * n): \(large)")
        }
    }

    static func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    static func addToOutline(_ repo: URL, _ entries: String) throws {
        try append(entries, to: repo.appendingPathComponent("curso/course.yaml"))
    }

    /// A lesson holding a table of `columns` columns and 20 rows (once 78 s
    /// and 1.5 GB to check at 20,000 columns: cmark-gfm's rows are quadratic).
    @Test func wideTable() throws {
        try scales("table", n: 5_000, rule: "CS0010") { repo, columns in
            let row = "|" + String(repeating: " x |", count: columns) + "\n"
            let table = row + "|" + String(repeating: "---|", count: columns) + "\n" + String(repeating: row, count: 20)
            try ("---\nid: tabla\ntitle: Tabla\n---\n\n" + table).write(to: repo.appendingPathComponent("curso/tabla.md"),
                                                                       atomically: false, encoding: .utf8)
            try Self.addToOutline(repo, "      - tabla.md\n")
        }
    }

    /// One question with `count` blanks (once 29 s to build at 2,000).
    @Test func manyBlanks() throws {
        try scales("blanks", n: 2_500, rule: "CS0011") { repo, count in
            let stem = (0..<count).map { "a [[\($0)]]" }.joined(separator: " ")
            try "---\nid: huecos\ntype: quiz\ntitle: Huecos\n---\n\n1. \(stem) {#huecos}\n"
                .write(to: repo.appendingPathComponent("curso/huecos.md"), atomically: false, encoding: .utf8)
            try Self.addToOutline(repo, "      - huecos.md\n")
        }
    }

    /// An assessment of `count` items (once more than 30 s to check at 10,000:
    /// every stem was compared with every other).
    @Test func manyAssessmentItems() throws {
        try scales("items", n: 2_500, rule: "CS0012") { repo, count in
            var text = "---\nid: evaluacion\ntype: assessment\ntitle: Evaluación\n---\n\n"
            for i in 1...count {
                text += "\(i). ¿Cuánto es \(i) más \(i)? {#p\(i)}\n\n   - [x] \(2 * i)\n   - [ ] \(2 * i + 1)\n\n"
            }
            try text.write(to: repo.appendingPathComponent("curso/evaluacion.md"), atomically: false, encoding: .utf8)
            try Self.append("assessment: evaluacion.md\n", to: repo.appendingPathComponent("curso/course.yaml"))
        }
    }

    /// The same lesson named `count` times in the outline (once 37 s and
    /// 600 MB to build at 10,000: every copy was rendered).
    @Test func repeatedOutlineEntry() throws {
        try scales("outline", n: 2_500, rule: "CS0013") { repo, count in
            try Self.addToOutline(repo, String(repeating: "      - leccion.md\n", count: count))
        }
    }

    /// The course listed `count` times in coursec.yaml (once more than 60 s
    /// to build at 1,000, after the check had already failed).
    @Test func courseListedManyTimes() throws {
        try scales("courses", n: 250, rule: "CS0015") { repo, count in
            let manifest = repo.appendingPathComponent("coursec.yaml")
            let text = try String(contentsOf: manifest, encoding: .utf8)
            try text.replacingOccurrences(of: "courses:\n  - curso\n",
                                          with: "courses:\n" + String(repeating: "  - curso\n", count: count))
                .write(to: manifest, atomically: false, encoding: .utf8)
        }
    }

    /// A course title of `bytes` bytes over ten lessons (once 1 GB to build
    /// at 3.9 MB: every page repeats the title).
    @Test func hugeCourseTitle() throws {
        try scales("title", n: 1_000_000, rule: "CS0014") { repo, bytes in
            let course = repo.appendingPathComponent("curso/course.yaml")
            let title = String(repeating: "Título ", count: bytes / 8)
            let text = try String(contentsOf: course, encoding: .utf8)
            try text.replacingOccurrences(of: "title: Curso de ejemplo", with: "title: " + title)
                .write(to: course, atomically: false, encoding: .utf8)
            for n in 1...10 {
                try "---\nid: leccion-\(n)\ntitle: Lección \(n)\n---\n\nTexto \(n).\n"
                    .write(to: repo.appendingPathComponent("curso/leccion-\(n).md"), atomically: false, encoding: .utf8)
                try Self.addToOutline(repo, "      - leccion-\(n).md\n")
            }
        }
    }
}

extension PathologicalSizeTests {
    /// Within the limits, work still grows in proportion: quizzes of 100
    /// and 400 questions with 50 blanks each, whose stems share most words
    /// (the duplicate-stem check's hardest case is an assessment, the
    /// blanks' a quiz; both are here).
    @Test func fullQuestionsWithinTheLimits() throws {
        try scales("within", n: 100, rule: nil, status: 0) { repo, count in
            var text = "---\nid: llenos\ntype: quiz\ntitle: Llenos\n---\n\n"
            for i in 1...count {
                text += "\(i). Completa la serie \(i): " + (0..<50).map { "[[\($0 + i)]]" }.joined(separator: " ") + " {#s\(i)}\n"
            }
            try text.write(to: repo.appendingPathComponent("curso/llenos.md"), atomically: false, encoding: .utf8)
            try Self.addToOutline(repo, "      - llenos.md\n")
        }
    }
}

/// Scratch space for the size tests: in memory when /dev/shm exists, so that
/// writing the larger repositories costs no disk time.
enum ScratchFolderForSizes {
    static func make(_ label: String) throws -> URL {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("coursec-sizes-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
