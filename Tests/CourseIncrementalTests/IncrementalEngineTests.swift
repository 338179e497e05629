import CourseBuild
import CourseIncremental
import CourseKit
import CourseRendering
import CoursecTestSupport
import Foundation
import TargetHTML
import Testing

/// The incremental engine ends where a fresh run does: after each random
/// edit of a copy of the example course, its diagnostics are those of a
/// fresh `coursec check`, and every file of its offline site has the bytes
/// a fresh render writes (and, when the course has no errors, a real
/// `coursec build --target html`), while most files and pages are reused.
@Suite struct IncrementalEngineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func copyOfCourses() throws -> URL {
        let copy = try ScratchFolder.make("incremental").appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Courses"), to: copy)
        return copy
    }

    @Test func randomEditsEndWhereAFreshRunDoes() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["COURSEC_PROPERTY_SEED"].flatMap(UInt64.init) ?? 20_261_120
        let steps = environment["COURSEC_PROPERTY_STEPS"].flatMap(Int.init) ?? 24
        let root = try Self.copyOfCourses()
        let session = IncrementalSession(root: root)
        var script = EditScript(root: root, course: "matematicas-1", seed: seed)
        var history: [String] = []
        var reusedFiles = 0, reusedPages = 0, renderedPages = 0
        _ = try session.refresh().sites.map { $0.files() }
        _ = session.takePageCounts()
        for _ in 0..<steps {
            history.append(try script.step())
            if Bool.random(using: &script.random) { history.append(try script.step()) }
            let snapshot = try session.refresh()
            reusedFiles += snapshot.filesReused
            let replay = "seed \(seed), edits: \(history.joined(separator: "; "))"

            let fresh = try CourseCompiler(root: root).check()
            #expect(snapshot.diagnostics == fresh.diagnostics, "diagnostics differ after \(replay)")

            let expected = try Self.freshSites(root)
            #expect(snapshot.sites.map(\.courseID) == expected.map(\.id), "courses differ after \(replay)")
            for (site, reference) in zip(snapshot.sites, expected) {
                let files = try Self.contents(site.files())
                #expect(files.keys.sorted() == reference.files.keys.sorted(), "file lists differ after \(replay)")
                for (path, bytes) in reference.files where files[path] != bytes {
                    Issue.record("\(site.courseID)/\(path) differs after \(replay)")
                }
            }
            let pages = session.takePageCounts()
            reusedPages += pages.reused
            renderedPages += pages.rendered.count
            if !fresh.hasErrors {
                let built = try Self.build(root)
                for site in snapshot.sites {
                    #expect(try Self.contents(site.files()) == built[site.courseID],
                            "the build's html/\(site.courseID) differs after \(replay)")
                }
                _ = session.takePageCounts()
            }
        }
        // The point of the engine: work is reused (how much, for one kind
        // of edit, is for the tests below).
        #expect(reusedFiles > steps * 10)
        #expect(reusedPages > 0)
    }

    /// What a fresh load and render gives: each course's site files (pages
    /// rendered from the full trees a build loads).
    static func freshSites(_ root: URL) throws -> [(id: String, files: [String: Data])] {
        let fileSystem = LocalFileSystem(root: root)
        let trees = LessonTrees()
        let repository = try RepositoryLoader(fileSystem: fileSystem, sink: DiagnosticSink(), lessonTrees: trees).load()
        guard let phase = repository.phases.last, repository.firstUnsafeOutputName == nil else { return [] }
        let published = PhaseFilter.apply(repository, phase: phase)
        let renderer = CourseRenderer(repository: published, fileSystem: fileSystem, lessonTrees: trees)
        return try published.courses.map { course in
            (course.id.value, try contents(HTMLTarget().siteFiles(for: course, renderer: renderer)))
        }
    }

    /// `coursec build --target html` into a new folder: each course's site, by path.
    static func build(_ root: URL) throws -> [String: [String: Data]] {
        let out = try ScratchFolder.make("incremental-build").appendingPathComponent("dist")
        let result = try CourseBuilder(fileSystem: LocalFileSystem(root: root), output: out,
                                       options: BuildOptions(targets: ["html"])).build()
        #expect(result.built)
        var sites: [String: [String: Data]] = [:]
        for artifact in result.artifacts where artifact.isDirectory {
            let folder = out.appendingPathComponent(artifact.path)
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
            }
            sites[artifact.course ?? ""] = files
        }
        return sites
    }

    static func contents(_ files: [PackageFile]) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in files {
            switch file.content {
            case .data(let data): result[file.path] = data
            case .file(let url): result[file.path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// One refresh after `edit` on a fresh copy of the example course:
    /// how many lesson and quiz files were loaded again, and which pages
    /// were rendered again once every page was asked for.
    static func work(after edit: (URL) throws -> Void) throws -> (loaded: Int, rendered: [String]) {
        let root = try copyOfCourses()
        let session = IncrementalSession(root: root)
        _ = try session.refresh().sites.map { $0.files() }
        try edit(root)
        let after = try session.refresh()
        _ = session.takePageCounts()
        _ = after.sites.map { $0.files() }
        #expect(after.diagnostics == (try CourseCompiler(root: root).check()).diagnostics)
        return (after.filesLoaded, session.takePageCounts().rendered)
    }

    static func rewrite(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    @Test func aLessonsTextRendersItsPageAndTheIndexAgain() throws {
        let work = try Self.work { root in
            try Self.rewrite(root, "matematicas-1/lecciones/05-porcentajes.md") { $0 + "\nUna frase más.\n" }
        }
        #expect(work.loaded == 1)
        #expect(work.rendered == ["index matematicas-1", "lesson matematicas-1/lecciones/05-porcentajes.md"])
    }

    @Test func aLessonsTitleRendersItsNeighboursToo() throws {
        let work = try Self.work { root in
            try Self.rewrite(root, "matematicas-1/lecciones/05-porcentajes.md") {
                EditScript.replacingLine(in: $0, starting: "title:", with: "title: Porcentajes y descuentos")
            }
        }
        #expect(work.loaded == 1)
        #expect(work.rendered == ["index matematicas-1", "lesson matematicas-1/lecciones/04-jerarquia-de-operaciones.md",
                                  "lesson matematicas-1/lecciones/05-porcentajes.md",
                                  "lesson matematicas-1/lecciones/06-notacion-cientifica.md"])
    }

    @Test func aChangedImageRendersThePageThatShowsIt() throws {
        let work = try Self.work { root in
            // Other pixels, same size (a lesson's load asks the size of what it names).
            let image = root.appendingPathComponent("matematicas-1/media/balanza.png")
            var bytes = try Data(contentsOf: image)
            bytes[bytes.count - 20] ^= 0xFF
            try bytes.write(to: image)
        }
        #expect(work.loaded == 0)
        // Its key is the same: the cache finds that the image it names changed.
        #expect(work.rendered == ["lesson matematicas-1/lecciones/17-ecuaciones-lineales.md"])
    }
}
