import CoursecTestSupport
import Foundation
import Testing

/// The bad-input corpus (Fixtures/corpus, written by
/// scripts/make-bad-input-corpus.py): hundreds of small broken
/// repositories, each a few files laid over a clean base. For every case,
/// `check` and `build` exit 0 or 1 in bounded time (never 2, a crash or a
/// hang), report exactly the expected rules at the expected places, agree
/// with each other on every diagnostic, and a build writes nothing outside
/// its output folder, and nothing at all when it is refused.
@Suite struct BadInputCorpusTests {
    static let folder = CLIRunner.fixtures.appendingPathComponent("corpus")

    /// One entry of cases.json.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var exit: Int32
        /// `CS0001`, `CS0001@path` or `CS0001@path:line:column`.
        var expect: [String]
        var remove: [String]
        var links: [String: String]
        /// Files the test writes: prefix, a unit repeated `count` times, suffix.
        var fill: [String: (prefix: String, unit: String, count: Int, suffix: String)]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.map { entry in
            var fill: [String: (String, String, Int, String)] = [:]
            for (path, parts) in entry["fill"] as? [String: [Any]] ?? [:] {
                fill[path] = (parts[0] as! String, parts[1] as! String, parts[2] as! Int, parts[3] as! String)
            }
            return Case(name: entry["name"] as! String, exit: Int32(entry["exit"] as! Int), expect: entry["expect"] as! [String],
                        remove: entry["remove"] as? [String] ?? [], links: entry["links"] as? [String: String] ?? [:],
                        fill: fill)
        }
    }()

    /// What the JSON reporters say of one diagnostic, compared between commands.
    struct Reported: Hashable, CustomStringConvertible {
        var id: String
        var severity: String
        var file: String
        var start: [Int]
        var end: [Int]
        var description: String { "\(id) \(severity) \(file):\(start[0]):\(start[1])" }
    }

    @Test func theCorpusCoversEveryCategory() {
        #expect(Self.cases.count >= 300, "cases.json lists \(Self.cases.count) cases")
        let categories = Set(Self.cases.map { String($0.name.prefix { $0 != "/" }) })
        #expect(categories == ["encoding", "yaml", "markdown", "structure", "paths", "media", "archives", "policy", "quizzes",
                               "math", "limits"])
        #expect(Self.cases.contains { $0.exit == 0 } && Self.cases.contains { $0.exit == 1 })
    }

    @Test func theBaseRepositoryIsClean() throws {
        let out = try CLIRunner.run(["check", "--format", "json", Self.folder.appendingPathComponent("base").path])
        #expect(out.status == 0)
        #expect(try Self.diagnostics(out.stdout).isEmpty, "\(out.stdout)")
    }

    @Test(arguments: cases)
    func checkAndBuildAgree(_ corpusCase: Case) throws {
        let scratch = try ScratchFolder.make("corpus")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let work = scratch.appendingPathComponent("work")
        let repo = work.appendingPathComponent("repo")
        try materialize(corpusCase, at: repo)
        let before = try Self.snapshot(work)

        let check = try Self.run(["check", "--format", "json", repo.path], logs: scratch.appendingPathComponent("check"))
        let build = try Self.run(["build", repo.path, "--out", work.appendingPathComponent("out").path, "--format", "json"],
                                 logs: scratch.appendingPathComponent("build"))
        #expect(check.status == corpusCase.exit, "check exited \(check.status): \(check.stderr.prefix(600))")
        #expect(build.status == corpusCase.exit, "build exited \(build.status): \(build.stderr.prefix(600))")
        let checked = try Self.diagnostics(check.stdout)
        let built = try Self.diagnostics(build.stdout)

        // Exactly the expected rules, at the expected places.
        let expectedIDs = Set(corpusCase.expect.map { String($0.prefix { $0 != "@" }) })
        #expect(Set(checked.map(\.id)) == expectedIDs, "reported: \(checked)")
        for expectation in corpusCase.expect where expectation.contains("@") {
            let parts = expectation.split(separator: "@", maxSplits: 1)
            let place = parts[1].split(separator: ":")
            let found = checked.contains { d in
                d.id == parts[0] && d.file == place[0]
                    && (place.count < 3 || (d.start == [Int(place[1])!, Int(place[2])!]))
            }
            #expect(found, "no \(expectation); reported: \(checked.filter { $0.id == parts[0] })")
        }

        // The build reports what the check reports: same rules, files, places, severities.
        let fromBuild = built
        #expect(fromBuild.sorted { $0.description < $1.description } == checked.sorted { $0.description < $1.description },
                "check: \(checked)\nbuild: \(built)")

        // Nothing changed in the repository, nothing written beside it, and
        // a refused build left no output folder, work folder or lock.
        let after = try Self.snapshot(work)
        let added = Set(after.keys).subtracting(before.keys)
        #expect(before.allSatisfy { after[$0.key] == $0.value }, "the repository changed")
        if build.status == 0 {
            #expect(added.allSatisfy { $0 == "out" || $0.hasPrefix("out/") }, "written beside the output: \(added.sorted().prefix(5))")
        } else {
            #expect(added.isEmpty, "a refused build wrote \(added.sorted().prefix(5))")
        }
    }

    // MARK: - Helpers

    /// Lays the case over a copy of the base.
    func materialize(_ corpusCase: Case, at repo: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: repo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: Self.folder.appendingPathComponent("base"), to: repo)
        for path in corpusCase.remove { try fm.removeItem(at: repo.appendingPathComponent(path)) }
        let overlay = Self.folder.appendingPathComponent("cases/\(corpusCase.name)")
        if let files = fm.enumerator(at: overlay, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let file as URL in files where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                let relative = String(file.standardizedFileURL.path.dropFirst(overlay.standardizedFileURL.path.count + 1))
                let target = repo.appendingPathComponent(relative)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? fm.removeItem(at: target)
                try fm.copyItem(at: file, to: target)
            }
        }
        for (path, destination) in corpusCase.links.sorted(by: { $0.key < $1.key }) {
            let link = repo.appendingPathComponent(path)
            try fm.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: link.path, withDestinationPath: destination)
        }
        for (path, fill) in corpusCase.fill {
            var text = fill.prefix
            text.reserveCapacity(fill.prefix.utf8.count + fill.unit.utf8.count * fill.count + fill.suffix.utf8.count)
            for _ in 0..<fill.count { text += fill.unit }
            text += fill.suffix
            try Data(text.utf8).write(to: repo.appendingPathComponent(path))
        }
    }

    /// Every file, folder and link under `root`: kind, size and content digest.
    static func snapshot(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        func visit(_ relative: String) throws {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            let attributes = try fm.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                result[relative] = "link " + (try fm.destinationOfSymbolicLink(atPath: path))
            } else if type == .typeDirectory {
                if !relative.isEmpty { result[relative] = "folder" }
                for name in try fm.contentsOfDirectory(atPath: path) { try visit(relative.isEmpty ? name : relative + "/" + name) }
            } else {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                var hasher = Hasher()
                hasher.combine(data)
                result[relative] = "file \(data.count) \(hasher.finalize())"
            }
        }
        try visit("")
        return result
    }

    /// Runs coursec with its output in files (a pipe could fill up) and a
    /// deadline: a case that hangs fails instead of stopping the suite.
    static func run(_ arguments: [String], logs: URL, seconds: Double = 120) throws -> CLIRunner.Output {
        let stdout = logs.appendingPathExtension("out"), stderr = logs.appendingPathExtension("err")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        var environment = CoursecEnvironment.make()
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            done.wait()
            Issue.record("coursec \(arguments.first ?? "") did not finish in \(Int(seconds)) s")
        }
        return CLIRunner.Output(status: process.terminationStatus,
                                stdout: (try? String(contentsOf: stdout, encoding: .utf8)) ?? "",
                                stderr: (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
    }

    /// The diagnostics of `--format json` output; a successful build adds
    /// its list of artifacts after the JSON, which is left out.
    static func diagnostics(_ stdout: String) throws -> [Reported] {
        let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.lastIndex(of: "}") else { return [] }
        let json = lines[...last].joined(separator: "\n")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["diagnostics"] as? [[String: Any]] ?? []).map { d in
            let range = d["range"] as! [String: Any]
            let start = range["start"] as! [String: Int], end = range["end"] as! [String: Int]
            return Reported(id: d["id"] as! String, severity: d["severity"] as! String, file: range["file"] as! String,
                            start: [start["line"]!, start["column"]!], end: [end["line"]!, end["column"]!])
        }
    }
}
