import Foundation
import Testing

/// `coursec release` on the example course across two phases.
@Suite struct ReleaseCommandTests {
    func snapshotItems(_ release: URL) throws -> [String] {
        let data = try Data(contentsOf: release.appendingPathComponent("content/matematicas-1.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (json["items"] as! [[String: Any]]).map { $0["id"] as! String }
    }

    /// The changes the golden CHANGES.md describes: a new version, the
    /// phase-2 lesson, a retitled lesson, an edited assessment item, a new
    /// resource address and two lessons in a new order.
    static func editForPhaseTwo(_ sources: URL) throws {
        try ReleaseSupport.edit(sources, "matematicas-1/course.yaml") {
            $0.replacingOccurrences(of: "version: 1.0.0", with: "version: 2.0.0")
                .replacingOccurrences(of: "      - lecciones/04-jerarquia-de-operaciones.md\n      - lecciones/05-porcentajes.md\n",
                                      with: "      - lecciones/05-porcentajes.md\n      - lecciones/04-jerarquia-de-operaciones.md\n")
        }
        try ReleaseSupport.edit(sources, "matematicas-1/lecciones/07-razones.md") {
            $0.replacingOccurrences(of: "title: Razones y tasas", with: "title: Razones, tasas y escalas")
        }
        try ReleaseSupport.edit(sources, "matematicas-1/evaluacion.md") {
            $0.replacingOccurrences(of: "Un refrigerador cuesta $8\\,500$ pesos", with: "Una lavadora cuesta $8\\,500$ pesos")
        }
        try ReleaseSupport.edit(sources, "matematicas-1/lecciones/19-sistemas-2x2.md") {
            $0.replacingOccurrences(of: "https://phet.colorado.edu/es/simulations/graphing-lines",
                                    with: "https://phet.colorado.edu/es/simulations/graphing-slope-intercept")
        }
    }

    @Test func phaseTwoAddsItsLessonAndNeedsANewVersion() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let one = dir.appendingPathComponent("fase-1"), two = dir.appendingPathComponent("fase-2")

        let first = try ReleaseSupport.release(sources, phase: "fase-1", out: one, key: key.secret)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("released phase fase-1 (matematicas-1@1.0.0, quimica-1@1.0.0)"), "\(first.stdout)")
        #expect(try !snapshotItems(one).contains("notacion-cientifica"))

        // The phase-2 lesson changes the published content: same version → refused, nothing written.
        let refused = try ReleaseSupport.release(sources, phase: "fase-2", out: two, key: key.secret, previous: one)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("matematicas-1: the content changed"), "\(refused.stderr)")
        #expect(refused.stderr.contains("added notacion-cientifica"))
        #expect(!FileManager.default.fileExists(atPath: two.path))

        try Self.editForPhaseTwo(sources)
        let second = try ReleaseSupport.release(sources, phase: "fase-2", out: two, key: key.secret, previous: one)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stderr.contains("ASSESSMENT ITEMS CHANGED"), "the assessment change is called out: \(second.stderr)")
        #expect(try snapshotItems(two).contains("notacion-cientifica"))
        let manifest = try ReleaseSupport.manifest(two)
        #expect((manifest["previous"] as? [String: Any])?["phase"] as? String == "fase-1")

        let changes = try String(contentsOf: two.appendingPathComponent("CHANGES.md"), encoding: .utf8)
        if let problem = CLIRunner.assertGolden(changes, "CHANGES-fase-2.md") { Issue.record("\(problem)") }

        // `diff` of the two release folders says exactly what CHANGES.md says.
        let diff = try CLIRunner.run(["diff", one.path, two.path])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout == changes)
        let json = try CLIRunner.run(["diff", "--format", "json", one.path, two.path])
        #expect(json.stdout == (try String(contentsOf: two.appendingPathComponent("changes.json"), encoding: .utf8)))

        let verify = try CLIRunner.run(["verify", "--pubkey", key.public, one.path, two.path])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test func diffOfTwoSourceTrees() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let old = try ReleaseSupport.courses(in: dir.appendingPathComponent("a"))
        let new = try ReleaseSupport.courses(in: dir.appendingPathComponent("b"))
        try Self.editForPhaseTwo(new)
        let out = try CLIRunner.run(["diff", "--phase", "fase-2", old.path, new.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("«Razones y tasas» → «Razones, tasas y escalas»"), "\(out.stdout)")
        #expect(out.stdout.contains("Preguntas modificadas: `ev-iva`"))
        #expect(!out.stdout.contains("notacion-cientifica"), "both trees publish it in fase-2")
        let same = try CLIRunner.run(["diff", old.path, old.path])
        #expect(same.stdout.contains("Sin cambios."))
        #expect(try CLIRunner.run(["diff", old.path, dir.path]).status == 2)
    }

    @Test func releasingTheSameSourcesTwiceGivesTheSameFilesButNewSignatures() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        #expect(try ReleaseSupport.release(sources, phase: "fase-2", out: a, key: key.secret).status == 0)
        Thread.sleep(forTimeInterval: 1.1) // a later signing time
        #expect(try ReleaseSupport.release(sources, phase: "fase-2", out: b, key: key.secret).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: a.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: b.path).sorted()))
        for path in files {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: a.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            let x = try Data(contentsOf: a.appendingPathComponent(path)), y = try Data(contentsOf: b.appendingPathComponent(path))
            if path.hasSuffix(".minisig") {
                #expect(x != y, "\(path): the signing time differs")
            } else {
                #expect(x == y, "\(path) differs between two releases of the same sources")
            }
        }
    }

    @Test func usageErrorsExitTwoAndWriteNothing() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let key = try ReleaseSupport.key(in: dir)
        let out = dir.appendingPathComponent("out")
        let phase = try ReleaseSupport.release(sources, phase: "fase-9", out: out, key: key.secret)
        #expect(phase.status == 2)
        #expect(phase.stderr.contains("unknown phase 'fase-9'"))
        #expect(try ReleaseSupport.release(sources, phase: "fase-1", out: out, key: dir.appendingPathComponent("no.key").path).status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Nothing of the secret key is ever printed.
        let secret = try String(contentsOfFile: key.secret, encoding: .utf8).split(separator: "\n")[1]
        let notEmpty = try ReleaseSupport.release(sources, phase: "fase-1", out: dir, key: key.secret)
        #expect(notEmpty.status == 2)
        #expect(!notEmpty.stderr.contains(secret) && !notEmpty.stdout.contains(secret))
    }
}
