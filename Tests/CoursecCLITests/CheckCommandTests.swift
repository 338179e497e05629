import CoursecTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
    let fixtures = CLIRunner.fixtures.path

    @Test func aCleanRepositoryExitsZero() throws {
        let out = try CLIRunner.run(["check", "\(fixtures)/good"])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout == "no problems\n")
    }

    @Test func problemsInSeveralFilesAreAllReportedInOneRunSorted() throws {
        let out = try CLIRunner.run(["check", "Tests/CoursecCLITests/Fixtures/many-problems"])
        #expect(out.status == 1)
        let locations = out.stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
            .map { String($0.prefix { $0 != " " }) }
        #expect(locations.count >= 8, "\(out.stdout)")
        let files = Set(locations.map { $0.split(separator: ":")[0] })
        #expect(files.count >= 4, "expected problems in every broken file: \(files)")
        // Sorted by file, then line, then column.
        let keys = locations.map { loc -> (String, Int, Int) in
            let p = loc.split(separator: ":")
            return (String(p[0]), Int(p[1])!, Int(p[2])!)
        }
        let sorted = keys.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        #expect(keys.map { "\($0)" } == sorted.map { "\($0)" })
        #expect(out.stdout.contains("Tests/CoursecCLITests/Fixtures/many-problems/curso/course.yaml:6:10: error: version '1.0' must be MAJOR.MINOR.PATCH"))
        #expect(out.stdout.hasSuffix("in 4 files\n"), "\(out.stdout)")
    }

    @Test func timingsReportWallAndCPUTimePerStageOnStandardError() throws {
        let out = try CLIRunner.run(["check", "Courses"], environment: ["COURSEC_TIMINGS": "1"])
        #expect(out.status == 0)
        let lines = out.stderr.split(separator: "\n").map(String.init)
        for stage in ["load", "checks"] {
            let line = try #require(lines.first { $0.hasPrefix(stage + " ") }, "no '\(stage)' line in \(out.stderr)")
            #expect(line.range(of: #"\d+\.\d{3} s  cpu +\d+\.\d{3} s  peak +\d+ MiB$"#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(!out.stdout.contains("cpu"), "timings go to standard error only")
        let quiet = try CLIRunner.run(["check", "Courses"])
        #expect(!quiet.stderr.contains("cpu"))
    }

    @Test func strictMakesWarningsFail() throws {
        let dir = try CLIRunner.copyFixture("good")
        try "---\nid: suelto\ntitle: Suelto\n---\n".write(to: dir.appendingPathComponent("curso/suelto.md"), atomically: true, encoding: .utf8)
        let relaxed = try CLIRunner.run(["check", dir.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning: "), "\(relaxed.stdout)")
        let strict = try CLIRunner.run(["check", "--strict", dir.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: "))
    }

    @Test func cannotRunExitsTwo() throws {
        let missing = try CLIRunner.run(["check", "/nonexistent/course"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error:"))
        let noManifest = try CLIRunner.run(["check", try ScratchFolder.make("no-manifest").path])
        #expect(noManifest.status == 2)
        #expect(noManifest.stderr.contains("no coursec.yaml"), "\(noManifest.stderr)")
        // A folder inside a repository is checked as the repository around it.
        let inside = try CLIRunner.run(["check", "\(fixtures)/good/curso"])
        #expect(inside.status == 0, "\(inside.stdout)\(inside.stderr)")
        let badFlag = try CLIRunner.run(["check", "--frobnicate", "\(fixtures)/good"])
        #expect(badFlag.status == 2)
        let badFormat = try CLIRunner.run(["check", "--format", "xml", "\(fixtures)/good"])
        #expect(badFormat.status == 2)
    }

    @Test func noColorOutsideATerminal() throws {
        let out = try CLIRunner.run(["check", "\(fixtures)/many-problems"], environment: ["NO_COLOR": ""])
        #expect(!out.stdout.contains("\u{1B}["))
    }
}
