import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// Target `html`: for each course, `html/<course-id>/`, a self-contained
/// static site that works from `file://`, a USB stick or any static server
/// with no network request of its own, and `html/<course-id>.zip`, the same
/// files under `<course-id>/`. Quizzes and the assessment are scored in the
/// browser; progress and every submitted attempt are kept in `localStorage`
/// (`progress.js`); learners download their results from the index and
/// teachers merge them on `docente.html` (`results.js`, `docente.js`).
public struct HTMLTarget: BuildTarget {
    public init() {}
    public var name: String { "html" }
    public var summary: Message { "an offline HTML course that works from file://" }
    public var relativeCost: Int { 4 }

    public func build(_ context: BuildContext) throws {
        let renderer = CourseRenderer(repository: context.repository, fileSystem: context.fileSystem, failures: context.failures, lessonTrees: context.lessonTrees,
                                      bodies: context.markdownBodyCache)
        // Unpacked HTML activities of every course, held in memory at once.
        let memory = ArchiveBudget(bytes: 512 << 20)
        let failures = Parallel.map(context.repository.courses) { course -> Error? in
            do {
                try build(course, renderer: renderer, context: context, memory: memory)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// The files of one course's site, sorted by path (pages then assets).
    public func siteFiles(for course: Course, renderer: CourseRenderer,
                          memory: ArchiveBudget = ArchiveBudget(bytes: 512 << 20)) throws -> [PackageFile] {
        let layout = OfflineSiteLayout(course: course)
        let activities = try HTMLActivityUnpacker(fileSystem: renderer.fileSystem, memory: memory).activities(in: course)
        var pageOptions = PageRenderOptions(assetPrefix: OfflineSiteLayout.pagePrefix, runtime: .offlineSite,
                                            pageLinks: layout.pageLinks)
        pageOptions.activityPages = Dictionary(activities.map { ($0.source, OfflineSiteLayout.pagePrefix + $0.page) },
                                               uniquingKeysWith: { first, _ in first })
        let options = pageOptions
        // Pages are independent: render them over all cores.
        var pages: [(String, RenderedPage)] = Parallel.map(Array(layout.entries.enumerated())) { n, entry in
            let navigation = layout.navigation(at: n)
            let page: RenderedPage
            switch entry.page {
            case .lesson(let lesson):
                page = renderer.lessonPage(lesson, course: course, navigation: navigation, options: options)
            case .quiz(let quiz):
                page = renderer.quizPage(quiz, course: course, mode: .practice, navigation: navigation, options: options)
            case .assessment(let quiz, let mode):
                page = renderer.quizPage(quiz, course: course, mode: mode, navigation: navigation, options: options)
            }
            return (entry.path, page)
        }
        let index = renderer.courseIndexPage(course, links: layout.indexLinks,
                                             options: PageRenderOptions(assetPrefix: "", runtime: .offlineSite))
        pages.append(("index.html", index))
        let teacher = renderer.teacherPage(course, navigation: PageNavigation(index: .init(title: course.title.value, href: "index.html")),
                                           options: PageRenderOptions(assetPrefix: "", runtime: .offlineSite))
        pages.append((OfflineSiteLayout.teacherPage, teacher))
        let assets = PackageAssets(pages: pages.map(\.1), runtime: .offlineSite, renderer: renderer)
        let files = pages.map { PackageFile(path: $0.0, content: .data($0.1.data)) } + assets.files()
            + activities.flatMap(\.files)
        return files.sorted { $0.path < $1.path }
    }

    private func build(_ course: Course, renderer: CourseRenderer, context: BuildContext, memory: ArchiveBudget) throws {
        let id = course.id.value
        let files = try siteFiles(for: course, renderer: renderer, memory: memory)
        let folderPath = "html/\(id)"
        let siteBytes = files.reduce(0) { $0 + $1.size }
        let site = BuiltArtifact(path: folderPath, target: name, course: id, bytes: siteBytes, isDirectory: true)
        // A rebuild of an unchanged course leaves its site folder alone:
        // reading a thousand files back costs far less than creating them.
        if let existing = try context.previousOutputURL(folderPath),
           PackageFile.folder(existing, holdsExactly: files) {
            context.keepUnchanged(site)
        } else {
            let folder = try context.stagingFolder(folderPath)
            var createdFolders = Set<String>()
            for file in files { _ = try file.write(into: folder, createdFolders: &createdFolders) }
            context.record(site)
        }

        let zipPath = "html/\(id).zip"
        let zip = DeterministicZipWriter(destination: try context.stagingURL(zipPath), timestamp: context.options.timestamp,
                                         flushesToDisk: false, cache: context.zipEntryCache)
        for file in files { try file.add(to: zip, prefix: "\(id)/") }
        let summary = try zip.finish()
        context.record(BuiltArtifact(path: zipPath, target: name, course: id, bytes: Int(summary.byteSize)))
    }
}
