import CourseBuild
import CourseKit
import Foundation
import Testing

/// Rebuilding into the same output keeps small files whose bytes did not
/// change (same inode: not rewritten), replaces the ones that did, and the
/// result is the same as a build into an empty folder.
@Suite struct UnchangedOutputTests {
    static func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.systemFileNumber] as? UInt64)
    }

    @Test func aRebuildRewritesOnlyWhatChanged() throws {
        let folder = try MCTTestSupport.temporaryFolder("unchanged")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let first = try MCTTestSupport.build(root, out: out)
        #expect(first.built)
        let practice = try #require(first.artifacts.first { $0.path.hasSuffix("practica.csv") })
        let assessment = try #require(first.artifacts.first { $0.path.hasSuffix("evaluacion.csv") })
        let practiceURL = out.appendingPathComponent(practice.path)
        let assessmentURL = out.appendingPathComponent(assessment.path)
        let practiceInode = try Self.inode(practiceURL)
        let assessmentInode = try Self.inode(assessmentURL)

        // Change one question of the practice quiz only.
        let source = root.appendingPathComponent("curso/practicas/practica.md")
        let text = try String(contentsOf: source, encoding: .utf8)
        try text.replacingOccurrences(of: "Elige las magnitudes vectoriales.", with: "Elige las magnitudes vectoriales (dos).")
            .write(to: source, atomically: false, encoding: .utf8)
        let second = try MCTTestSupport.build(root, out: out)
        #expect(second.built)
        #expect(try Self.inode(assessmentURL) == assessmentInode, "the unchanged assessment CSV was rewritten")
        #expect(try Self.inode(practiceURL) != practiceInode, "the changed practice CSV was not replaced")
        #expect(try String(contentsOf: practiceURL, encoding: .utf8).contains("(dos)"))
        #expect(second.artifacts.map(\.path) == first.artifacts.map(\.path))

        // Same bytes as a build into an empty folder, and no staging left behind.
        let fresh = folder.appendingPathComponent("fresh")
        _ = try MCTTestSupport.build(root, out: fresh)
        for artifact in second.artifacts where !artifact.isDirectory {
            let rebuilt = try Data(contentsOf: out.appendingPathComponent(artifact.path))
            #expect(rebuilt == (try Data(contentsOf: fresh.appendingPathComponent(artifact.path))), "\(artifact.path)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".coursec-staging") }
        #expect(leftovers.isEmpty)
    }

    /// The offline site is a folder artifact: kept whole when every file is
    /// the same, replaced whole when anything differs, stray files included.
    @Test func anUnchangedOfflineSiteFolderIsKept() throws {
        let folder = try MCTTestSupport.temporaryFolder("unchanged-site")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let first = try MCTTestSupport.build(root, out: out, targets: ["html"])
        let site = try #require(first.artifacts.first { $0.isDirectory })
        let siteURL = out.appendingPathComponent(site.path)
        let index = siteURL.appendingPathComponent("index.html")
        let indexInode = try Self.inode(index)

        let second = try MCTTestSupport.build(root, out: out, targets: ["html"])
        #expect(try Self.inode(index) == indexInode, "an unchanged site was written again")
        #expect(second.artifacts.map(\.path) == first.artifacts.map(\.path))
        #expect(second.artifacts.first { $0.isDirectory }?.bytes == site.bytes)

        // A stray file makes the folder differ: the rebuild replaces it.
        let stray = siteURL.appendingPathComponent("lecciones/notas.txt")
        try Data("borrador".utf8).write(to: stray)
        _ = try MCTTestSupport.build(root, out: out, targets: ["html"])
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(try Self.inode(index) != indexInode)

        // So does a changed byte in any page.
        let replacedInode = try Self.inode(index)
        var html = try String(contentsOf: index, encoding: .utf8)
        html += " "
        try html.write(to: index, atomically: false, encoding: .utf8)
        _ = try MCTTestSupport.build(root, out: out, targets: ["html"])
        #expect(try Self.inode(index) != replacedInode)
        let fresh = folder.appendingPathComponent("fresh")
        _ = try MCTTestSupport.build(root, out: fresh, targets: ["html"])
        #expect(try Data(contentsOf: index) == Data(contentsOf: fresh.appendingPathComponent(site.path + "/index.html")))
    }
}
