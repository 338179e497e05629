import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// Courses are loaded, checked and built a batch at a time (`CourseBatches`)
/// so that memory follows the largest course. The grouping must change
/// nothing: a build with one course per batch writes the same bytes and
/// reports the same diagnostics as a build of every course at once, and so
/// does a check, also where a problem spans courses (an id two courses use,
/// a file two outlines name, math when KaTeX is missing, policy settings).
@Suite struct CourseBatchTests {
    static let root = CheckBuildAgreementTests.root

    /// Every file of a tree, by path, with its bytes.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            result[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    static func build(_ fileSystem: CourseFileSystem, _ batches: CourseBatches,
                      katex: KaTeXInstallation = .debian) throws -> (CourseBuilder.Result, [String: Data]) {
        let out = try ScratchFolder.make("batches").appendingPathComponent("out")
        let result = try CourseBuilder(fileSystem: fileSystem, output: out, options: BuildOptions(), katex: katex,
                                       batches: batches).build()
        return (result, result.built ? try files(in: out) : [:])
    }

    @Test(arguments: CheckBuildAgreementTests.repositories)
    func oneCoursePerBatchBuildsWhatOneBatchBuilds(_ path: String) throws {
        let fileSystem = LocalFileSystem(root: Self.root.appendingPathComponent(path))
        let (whole, wholeFiles) = try Self.build(fileSystem, .whole)
        let (split, splitFiles) = try Self.build(fileSystem, .perCourse)
        #expect(RuleExampleBuildTests.described(split.diagnostics) == RuleExampleBuildTests.described(whole.diagnostics), "\(path)")
        #expect(split.built == whole.built, "\(path)")
        #expect(split.artifacts.map(\.path) == whole.artifacts.map(\.path), "\(path)")
        #expect(Set(splitFiles.keys) == Set(wholeFiles.keys), "\(path)")
        for (name, bytes) in wholeFiles where splitFiles[name] != bytes {
            Issue.record("\(path): \(name) differs when built a course at a time")
        }
    }

    /// Three courses; what spans them: course `b` twice, a lesson named in
    /// two outlines, math when KaTeX is missing (said once, at the first
    /// math of the repository), a policy setting and a suppression.
    static let crossCourse: [String: String] = [
        "coursec.yaml": """
            name: Tres cursos
            language: es-MX
            phases:
              - id: fase-1
                title: Fase 1
                start: 2021-10-04
                end: 2022-03-11
            courses: [a, b, c]
            policy:
              rules:
                CS0206: { severity: error, paths: ["c/**"] }
            """,
        "a/course.yaml": "id: a\ntitle: Curso A\nversion: 1.0.0\noutline:\n  - unit: U\n    items: [lecciones/uno.md]\n",
        "a/lecciones/uno.md": "---\nid: uno\ntitle: Uno\n---\n\nTexto sin fórmulas.\n",
        "b/course.yaml": "id: b\ntitle: Curso B\nversion: 1.0.0\noutline:\n  - unit: U\n    items: [lecciones/dos.md, ../a/lecciones/uno.md]\n",
        "b/lecciones/dos.md": "---\nid: dos\ntitle: Dos\n---\n\nLa razón es $\\frac{3}{4}$.\n\n<!-- coursec-disable CS0604: la imagen es de ejemplo -->\n![Mapa](https://example.org/mapa.png)\n",
        "c/course.yaml": "id: b\ntitle: Curso C\nversion: 1.0.0\noutline:\n  - unit: U\n    items: [lecciones/tres.md]\n",
        "c/lecciones/tres.md": "---\nid: tres\ntitle: Tres\n---\n\nY aquí $x^2$ también.\n",
        "c/lecciones/suelta.md": "---\nid: suelta\ntitle: Suelta\n---\n\nNadie me nombra.\n",
    ]

    @Test func whatSpansCoursesIsReportedOnceWhateverTheBatches() throws {
        let fileSystem = InMemoryFileSystem(files: Self.crossCourse)
        let missing = KaTeXInstallation(scriptFolder: URL(fileURLWithPath: "/nonexistent/katex"),
                                        fontFolder: URL(fileURLWithPath: "/nonexistent/katex/fonts"))
        var described: [[String]] = []
        for batches in [CourseBatches.whole, .perCourse, CourseBatches(sourceBytes: 100)] {
            let run = try CourseCompiler(fileSystem: fileSystem, katex: missing).checkInBatches(batches) { _ in true }
            described.append(RuleExampleBuildTests.described(run.diagnostics))
            let ids = run.diagnostics.map(\.id)
            #expect(ids.filter { $0 == "CS0601" }.count == 1, "KaTeX missing, said once: \(ids)")
            #expect(run.diagnostics.first { $0.id == "CS0601" }?.range.file == "b/lecciones/dos.md")
            #expect(ids.filter { $0 == Rules.duplicateID.id }.count == 1, "course id b twice: \(ids)")
            #expect(ids.contains(Rules.misplacedFile.id), "a lesson in two outlines: \(ids)")
            #expect(run.diagnostics.first { $0.id == Rules.orphanFile.id }?.severity == .error, "the policy's severity: \(ids)")
            #expect(!ids.contains("CS0604"), "the suppression holds in its batch: \(ids)")
        }
        #expect(described[1] == described[0])
        #expect(described[2] == described[0])
        // The whole check (what other commands use) says the same.
        let whole = try CourseCompiler(fileSystem: fileSystem, katex: missing).check()
        #expect(RuleExampleBuildTests.described(whole.diagnostics) == described[0])
    }

    @Test func coursesAreGroupedBySourceBytesInOrder() {
        let budget = CourseBatches(sourceBytes: 100)
        #expect(budget.group([40, 50, 20, 200, 10, 10]) == [0..<2, 2..<3, 3..<4, 4..<6])
        #expect(budget.group([]) == [0..<0])
        #expect(CourseBatches.whole.group([5, 5, 5]) == [0..<3])
        #expect(CourseBatches.perCourse.group([5, 5, 5]) == [0..<1, 1..<2, 2..<3])
    }
}
