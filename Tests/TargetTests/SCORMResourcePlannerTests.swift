import CourseXML
import Testing
@testable import TargetSCORM12

/// Shared files become dependency resources grouped by their exact users.
@Suite struct SCORMResourcePlannerTests {
    @Test func filesAreGroupedByTheSCOsThatUseThem() {
        let resources = SCORMResourcePlanner.resources(for: [
            .init(identifier: "res-a", href: "lessons/a.html",
                  files: ["lessons/a.html", "coursec.css", "media/x.png", "katex/katex.min.js"]),
            .init(identifier: "res-b", href: "lessons/b.html",
                  files: ["lessons/b.html", "coursec.css", "media/x.png", "katex/katex.min.js", "media/y.png"]),
            .init(identifier: "res-c", href: "quizzes/c.html", files: ["quizzes/c.html", "coursec.css", "quiz.js"]),
        ])
        let byID = Dictionary(uniqueKeysWithValues: resources.map { ($0.identifier, $0) })
        #expect(resources.map(\.identifier) == ["res-a", "res-b", "res-c", "shared.coursec.css", "shared.katex_2F_katex.min.js"])
        #expect(byID["shared.coursec.css"]?.files == ["coursec.css"])
        #expect(byID["shared.katex_2F_katex.min.js"]?.files == ["katex/katex.min.js", "media/x.png"])
        #expect(byID["shared.coursec.css"]?.scormType == .asset)
        #expect(byID["res-a"]?.files == ["lessons/a.html"])
        #expect(byID["res-b"]?.files == ["lessons/b.html", "media/y.png"])
        #expect(byID["res-c"]?.files == ["quizzes/c.html", "quiz.js"])
        #expect(byID["res-a"]?.dependencies == ["shared.coursec.css", "shared.katex_2F_katex.min.js"])
        #expect(byID["res-c"]?.dependencies == ["shared.coursec.css"])
        // Each file is listed exactly once.
        let listed = resources.flatMap(\.files)
        #expect(listed.count == Set(listed).count)
    }

    @Test func aSingleSCOOwnsAllItsFiles() {
        let resources = SCORMResourcePlanner.resources(for: [
            .init(identifier: "res-a", href: "lessons/a.html", files: ["coursec.css", "lessons/a.html"]),
        ])
        #expect(resources.count == 1)
        #expect(resources.first?.files == ["lessons/a.html", "coursec.css"])
        #expect(resources.first?.dependencies == [])
    }

    @Test func inconsistentPackagesAreRefused() throws {
        var files = SCORMFileSet()
        try files.add(SCORMPackageFile(path: "lessons/a.html", data: .init("a".utf8)))
        try files.add(SCORMPackageFile(path: "extra.js", data: .init("b".utf8)))
        #expect(throws: (any Error).self) {
            try files.add(SCORMPackageFile(path: "extra.js", data: .init("other".utf8)))
        }
        let manifest = SCORMManifest(
            identifier: "m", metadata: LOMMetadata(title: "t"),
            organization: SCORMOrganization(identifier: "o", title: "t", items: []),
            resources: [SCORMResource(identifier: "r", scormType: .sco, href: "lessons/a.html",
                                      files: ["lessons/a.html", "missing.png"])])
        #expect(throws: (any Error).self) {
            try SCORMPackageWriter.checkConsistency("p.zip", manifest: manifest, files: files)
        }
    }
}
