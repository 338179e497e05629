import CoursecTestSupport
import Foundation
import Testing

/// `kill -9` at any instant of a build or a release leaves the output folder
/// wholly old or wholly new (every file compared), and the next successful
/// run leaves nothing behind, inside the output folder or beside it.
@Suite(.serialized) struct InterruptedRunTests {
    /// Every entry under `url` by relative path: a folder, a link's target
    /// or a file's bytes. Nil when `url` does not exist.
    static func tree(_ url: URL) throws -> [String: Data]? {
        let fm = FileManager.default
        guard fm.fileExists(atPath: url.path) else { return nil }
        var entries: [String: Data] = [:]
        for path in try fm.subpathsOfDirectory(atPath: url.path) {
            let full = url.appendingPathComponent(path)
            let type = try fm.attributesOfItem(atPath: full.path)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?: entries[path] = Data("folder".utf8)
            case .typeSymbolicLink?: entries[path] = Data(("link " + (try fm.destinationOfSymbolicLink(atPath: full.path))).utf8)
            default: entries[path] = try Data(contentsOf: full)
            }
        }
        return entries
    }

    /// Starts coursec, kills it with SIGKILL after `delay` seconds (if it is
    /// still running) and waits for it.
    static func runAndKill(_ arguments: [String], after delay: Double) throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func run(_ arguments: [String]) throws -> Double {
        let start = Date()
        let out = try CLIRunner.run(arguments)
        #expect(out.status == 0, "\(arguments.joined(separator: " ")): \(out.stderr)")
        return Date().timeIntervalSince(start)
    }

    /// Kill points: half spread over the whole run, half over its end,
    /// where the new tree is completed and swapped in. A fixed seed keeps
    /// the points the same from run to run.
    static func delays(_ count: Int, duration: Double) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            return index.isMultiple(of: 2) ? unit * duration : duration * (0.6 + 0.6 * unit)
        }
    }

    static func leftovers(beside output: URL) throws -> [String] {
        let parent = output.deletingLastPathComponent()
        let beside = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 != output.lastPathComponent }
        let inside = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.contains(".coursec-") || $0.contains(".old-") }
        return beside + inside
    }

    @Test func aKilledBuildLeavesTheOldOutputOrTheNewOne() throws {
        let dir = try ScratchFolder.make("interrupted-build")
        let sources = try ReleaseSupport.courses(in: dir)
        let out = dir.appendingPathComponent("o/out"), saved = dir.appendingPathComponent("saved")
        _ = try Self.run(["build", sources.path, "--out", out.path, "--phase", "fase-1"])
        let old = try #require(try Self.tree(out))
        try FileManager.default.copyItem(at: out, to: saved)

        // The new build replaces the offline site and the syllabus, adds
        // fase-2's packages and keeps fase-1's (linked from the old output).
        try ReleaseCommandTests.editForPhaseTwo(sources)
        let arguments = ["build", sources.path, "--out", out.path, "--phase", "fase-2"]
        let duration = try Self.run(arguments)
        let new = try #require(try Self.tree(out))
        #expect(new != old)
        #expect(new.keys.contains { $0.hasPrefix("mct/fase-1") } && new.keys.contains { $0.hasPrefix("mct/fase-2") },
                "the other phase's packages are kept")

        var outcomes = (old: 0, new: 0)
        for (trial, delay) in Self.delays(24, duration: duration).enumerated() {
            try FileManager.default.removeItem(at: out)
            try FileManager.default.copyItem(at: saved, to: out)
            try Self.runAndKill(arguments, after: delay)
            let now = try Self.tree(out)
            if now == old { outcomes.old += 1 } else if now == new { outcomes.new += 1 } else {
                let seen = Set(now?.keys ?? [:].keys)
                let mixed = seen.symmetricDifference(old.keys).union(seen.symmetricDifference(new.keys)).sorted().prefix(8)
                Issue.record("trial \(trial), killed after \(delay) s: the output is neither the old tree nor the new one; differing: \(mixed)")
            }
        }
        #expect(outcomes.old + outcomes.new == 24)

        // The next build finishes the job and cleans up after the killed ones.
        _ = try Self.run(arguments)
        #expect(try Self.tree(out) == new)
        #expect(try Self.leftovers(beside: out) == [])
    }

    @Test func aKilledReleaseLeavesNoReleaseOrAWholeOne() throws {
        let dir = try ScratchFolder.make("interrupted-release")
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let reference = dir.appendingPathComponent("reference")
        let arguments = { (out: URL) in ["release", sources.path, "--phase", "fase-2", "--out", out.path, "--sign-key", key.secret] }
        let duration = try Self.run(arguments(reference))
        let whole = try #require(try Self.tree(reference))
        let out = dir.appendingPathComponent("o/out")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)

        var outcomes = (none: 0, whole: 0)
        for (trial, delay) in Self.delays(12, duration: duration).enumerated() {
            // Odd trials release into an existing empty folder.
            if trial % 2 == 1 { try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) }
            try Self.runAndKill(arguments(out), after: delay)
            let now = try Self.tree(out)
            if now == nil || now == [:] {
                outcomes.none += 1
            } else if let now, Set(now.keys) == Set(whole.keys),
                      now.allSatisfy({ $0.key.hasSuffix(".minisig") || whole[$0.key] == $0.value }) {
                // Only the signing time in the signatures differs.
                #expect(try CLIRunner.run(["verify", "--pubkey", key.public, out.path]).status == 0)
                outcomes.whole += 1
            } else {
                Issue.record("trial \(trial), killed after \(delay) s: a partial release in \(out.path)")
            }
            if FileManager.default.fileExists(atPath: out.path) { try FileManager.default.removeItem(at: out) }
        }
        #expect(outcomes.none + outcomes.whole == 12)

        _ = try Self.run(arguments(out))
        #expect(try Self.tree(out).map { Set($0.keys) } == Set(whole.keys))
        #expect(try Self.leftovers(beside: out) == [])
    }

    @Test func withoutFolderExchangeTheOutputIsALinkReplacedInOneStep() throws {
        let dir = try ScratchFolder.make("link-output")
        let sources = try ReleaseSupport.courses(in: dir)
        let out = dir.appendingPathComponent("o/out")
        let arguments = ["build", sources.path, "--out", out.path, "--target", "syllabus,mct"]
        let environment = ["COURSEC_NO_RENAME_EXCHANGE": "1"]
        #expect(try CLIRunner.run(arguments + ["--phase", "fase-1"], environment: environment).status == 0)
        let first = try FileManager.default.destinationOfSymbolicLink(atPath: out.path)
        #expect(first.hasPrefix(".out.coursec-work-"))
        #expect(try CLIRunner.run(arguments + ["--phase", "fase-2"], environment: environment).status == 0)
        let second = try FileManager.default.destinationOfSymbolicLink(atPath: out.path)
        #expect(second != first)
        let files = try #require(try Self.tree(out.resolvingSymlinksInPath()))
        #expect(files.keys.contains { $0.hasPrefix("mct/fase-1") } && files.keys.contains { $0.hasPrefix("mct/fase-2") })
        // Only the link and the tree it names remain.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path).sorted() == [second, "out"].sorted())
        // A plain folder there is refused rather than replaced in two steps.
        let plain = dir.appendingPathComponent("p/out")
        #expect(try CLIRunner.run(["build", sources.path, "--out", plain.path, "--target", "syllabus"]).status == 0)
        let refused = try CLIRunner.run(["build", sources.path, "--out", plain.path, "--target", "syllabus"], environment: environment)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot swap folders in one step"), "\(refused.stderr)")
    }

    @Test func aFileInTheWayIsRefusedAndALinkToAFolderIsFollowed() throws {
        let dir = try ScratchFolder.make("output-kinds")
        let sources = try ReleaseSupport.courses(in: dir)
        let file = dir.appendingPathComponent("o/notas.txt")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mías".utf8).write(to: file)
        let refused = try CLIRunner.run(["build", sources.path, "--out", file.path, "--target", "syllabus"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("exists and is not a folder"), "\(refused.stderr)")
        #expect(try Data(contentsOf: file) == Data("mías".utf8))
        // Nor is the folder coursec runs in replaced, which would take the sources along.
        let here = try CLIRunner.run(["build", "Courses", "--out", ".", "--target", "syllabus"], in: dir)
        #expect(here.status == 2)
        #expect(here.stderr.contains("holds the current folder"), "\(here.stderr)")
        #expect(FileManager.default.fileExists(atPath: sources.appendingPathComponent("coursec.yaml").path))

        // A link the user made to a folder elsewhere stays; the folder it names is replaced.
        let real = dir.appendingPathComponent("real/dist"), link = dir.appendingPathComponent("o/dist")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        for phase in ["fase-1", "fase-2"] {
            let out = try CLIRunner.run(["build", sources.path, "--out", link.path, "--target", "syllabus", "--phase", phase])
            #expect(out.status == 0, "\(out.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: real.path).contains { $0.hasPrefix("syllabus/") })
        #expect(try Self.leftovers(beside: real) == [])
    }
}
