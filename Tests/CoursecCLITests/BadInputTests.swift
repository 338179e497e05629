import Foundation
import Testing

/// Hostile or broken files never crash coursec: each gets a diagnostic.
@Suite struct BadInputTests {
    @Test func everyBrokenFileGetsItsDiagnostic() throws {
        let dir = try CLIRunner.copyFixture("bad-input")
        let fm = FileManager.default
        // A symbolic link to a system file, named where a lesson expects its PDF.
        try fm.createDirectory(at: dir.appendingPathComponent("curso/media"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("curso/media/secreto.pdf").path,
                                  withDestinationPath: "/etc/passwd")
        // A 10 MB single-line Markdown file.
        let huge = String(repeating: "a", count: 10 * 1024 * 1024)
        try "---\nid: enorme\ntitle: Enorme\n---\n\(huge)".write(to: dir.appendingPathComponent("curso/enorme.md"),
                                                                atomically: false, encoding: .utf8)
        let course = dir.appendingPathComponent("curso/course.yaml")
        try (String(contentsOf: course, encoding: .utf8) + "      - enorme.md\n").write(to: course, atomically: true, encoding: .utf8)

        let out = try CLIRunner.run(["check", "--format", "json", dir.path])
        #expect(out.status == 1, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let diagnostics = json["diagnostics"] as! [[String: Any]]
        func at(_ suffix: String) -> [(String, Int, Int)] {
            diagnostics.filter { ($0["file"] as! String).hasSuffix(suffix) }.map {
                let range = $0["range"] as! [String: Any]
                let start = range["start"] as! [String: Int]
                return ($0["id"] as! String, start["line"]!, start["column"]!)
            }
        }
        #expect(at("curso/latin1.md").contains { $0 == ("CS0001", 3, 13) })
        #expect(at("curso/vacio.md").map(\.0) == ["CS0009"])
        #expect(at("curso/binario.md").contains { $0 == ("CS0007", 3, 1) })
        #expect(at("curso/duplicado.md").contains { $0 == ("CS0005", 5, 1) })
        #expect(at("curso/tab.md").contains { $0 == ("CS0003", 5, 1) })
        #expect(at("curso/enlace.md").contains { $0 == ("CS0202", 5, 7) })
        #expect(at("curso/sin-frontmatter.md").contains { $0 == ("CS0006", 1, 1) })
        #expect(at("bomba/course.yaml").map(\.0).contains("CS0004"))
        #expect(at("curso/enorme.md").map(\.0) == ["CS0008"])
        // The link's target is never read or echoed.
        #expect(!out.stdout.contains("root:x:0"))
    }

    @Test func textOutputOfHugeLinesIsBounded() throws {
        let dir = try CLIRunner.copyFixture("good")
        let long = String(repeating: "x", count: 200_000)
        try "---\nid: leccion\ntitle: Lección\nkind: podcast \(long)\n---\n".write(
            to: dir.appendingPathComponent("curso/leccion.md"), atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["check", dir.path])
        #expect(out.status == 1)
        #expect(out.stdout.count < 2_000, "excerpt not bounded: \(out.stdout.count) characters")
    }
}
