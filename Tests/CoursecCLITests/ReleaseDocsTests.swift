import Foundation
import Testing

/// The `sh test` blocks of docs/releases.md run as written, in a folder
/// holding a copy of `Courses/`, and every command succeeds, or ends with
/// the status its `# exit N` comment gives.
@Suite struct ReleaseDocsTests {
    static func blocks() throws -> [[String]] {
        let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("docs/releases.md"), encoding: .utf8)
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```sh test" { current = [] }
            else if current != nil, line == "```" { blocks.append(current!); current = nil }
            else if current != nil, !line.isEmpty { current!.append(line) }
        }
        return blocks
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func theDocumentedCommandsWork() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 3)
        #expect(blocks.joined().contains { $0.hasPrefix("minisign -V") }, "the docs show verification with stock minisign")
        let dir = try ReleaseSupport.temporaryFolder()
        _ = try ReleaseSupport.courses(in: dir)
        var failures = 0
        for written in blocks.joined() {
            let parts = written.components(separatedBy: "# exit ")
            let line = parts[0].trimmingCharacters(in: .whitespaces)
            let expected = parts.count > 1 ? Int32(parts[1].trimmingCharacters(in: .whitespaces)) ?? -1 : 0
            if expected != 0 { failures += 1 }
            let words = line.split(separator: " ").map(String.init)
            let out: CLIRunner.Output
            switch words[0] {
            case "coursec": out = try CLIRunner.run(Array(words.dropFirst()), in: dir)
            case "minisign": out = try ReleaseSupport.runTool(ReleaseSupport.minisign, Array(words.dropFirst()), in: dir)
            case "mkdir": out = try ReleaseSupport.runTool("/bin/mkdir", Array(words.dropFirst()), in: dir)
            default: Issue.record("unexpected command in docs/releases.md: \(line)"); continue
            }
            #expect(out.status == expected, "\(line)\n\(out.stdout)\(out.stderr)")
            if words[0] == "minisign" {
                #expect(out.stdout.contains("Signature and comment signature verified"))
                #expect(out.stdout.contains("Trusted comment: coursec artifact=release.json phase=fase-1 release=1 sha256="))
            }
        }
        #expect(failures >= 2, "the docs show rollback being refused")
    }
}
