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
        let site = try OfflineSite(course: course, fileSystem: renderer.fileSystem, memory: memory)
        // Pages are independent: render them over all cores.
        let pages = Parallel.map(site.pages) { (path: $0.path, page: site.render($0, with: renderer)) }
        return site.files(pages: pages, renderer: renderer)
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
