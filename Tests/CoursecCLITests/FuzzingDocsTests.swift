import Foundation
import Testing

/// docs/fuzzing.md describes `make fuzz` and its targets; the fuzz build is
/// too slow for `make test` (CI runs `make fuzz-smoke`), so this checks the
/// docs against what they describe: the targets of `scripts/fuzz.sh`, their
/// sources in Fuzz/ and Package.swift, the make targets, the build flags.
@Suite struct FuzzingDocsTests {
    static let root = CLIRunner.repositoryRoot

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `FUZZ_TARGET` names of the docs' table (its first column).
    static func documentedTargets() throws -> [String] {
        let doc = try read("docs/fuzzing.md")
        let table = doc.components(separatedBy: "| `FUZZ_TARGET` |")[1].components(separatedBy: "\n\n")[0]
        return table.split(separator: "\n").dropFirst(2).compactMap { row in
            row.split(separator: "`").dropFirst().first.map(String.init)
        }
    }

    @Test func theDocsListEveryTargetTheScriptRuns() throws {
        let script = try Self.read("scripts/fuzz.sh")
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("all=\"") })
        let scripted = line.dropFirst(5).dropLast().split(separator: " ").map(String.init)
        #expect(scripted.count == 6)
        #expect(try Self.documentedTargets() == scripted)
    }

    @Test func everyTargetHasItsSourcesAndIsDeclared() throws {
        let script = try Self.read("scripts/fuzz.sh")
        let manifest = try Self.read("Package.swift")
        for target in try Self.documentedTargets() {
            // `tex) echo FuzzTeX ;;`: the product the script builds for the target.
            let mapping = try #require(script.range(of: "    \(target)) echo "), "fuzz.sh has no product for \(target)")
            let product = String(script[mapping.upperBound...].prefix { $0 != " " })
            #expect(manifest.contains("fuzzer(\"\(product)\""), "Package.swift does not declare \(product)")
            let folder = Self.root.appendingPathComponent("Fuzz/Sources/\(product)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            #expect(files.contains { $0.hasSuffix(".swift") }, "no sources in Fuzz/Sources/\(product)")
        }
    }

    @Test func theMakeTargetsAndBuildFlagsShownExist() throws {
        let doc = try Self.read("docs/fuzzing.md")
        let makefile = try Self.read("Makefile")
        for target in ["fuzz", "fuzz-smoke", "test-asan", "test-tsan"] {
            #expect(doc.contains("make \(target)"))
            #expect(makefile.contains("\n\(target): "), "the Makefile has no \(target) target")
        }
        let flags = "--sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address -Xswiftc -g"
        #expect(doc.contains(flags))
        #expect(try Self.read("scripts/fuzz.sh").contains(flags))
        #expect(try Self.read(".ci/run").contains("make fuzz-smoke"))
    }
}
