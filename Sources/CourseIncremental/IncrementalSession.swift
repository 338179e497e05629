import CourseArchive
import CourseKit
import CourseRendering
import Foundation
import TargetHTML

/// The incremental engine behind `coursec serve`: loads and checks a
/// repository again and again as its files change, doing again only what
/// the change requires, and always ending where a fresh run would.
///
/// - Loading: each lesson and quiz is reused while its bytes and what its
///   load asked the file system are unchanged (`LoadMemo`); `coursec.yaml`,
///   the frameworks and the `course.yaml` files, which are few and small,
///   are read again.
/// - Checks: all of them run on the new model (about a quarter of a second
///   on the 1,400 lessons of the benchmark corpus): many compare files with
///   each other (duplicate ids, alignment, coverage), and only a full run is
///   certain to report what `coursec check` reports.
/// - Pages: each page of the offline site has a key (`PageKeyer`) and is
///   rendered when asked for, again only when its key or its media changed
///   (`PageCache`).
///
/// `refresh` is called by one thread at a time; the snapshots it returns
/// are read by any number (they share the page cache, which is locked).
public final class IncrementalSession: @unchecked Sendable {
    public let root: URL
    /// The phase shown (nil: the latest), as `coursec build --phase`.
    public let phaseID: String?
    public let katex: KaTeXInstallation
    private let memo = LoadMemo()
    private let pages = PageCache()
    private let mediaDigests = MediaDigestCache(validatesFiles: true)
    private var generation = 0

    public init(root: URL, phaseID: String? = nil, katex: KaTeXInstallation = .debian) {
        self.root = root.standardizedFileURL
        self.phaseID = phaseID
        self.katex = katex
    }

    /// Loads, checks and lays out the sites again. Throws `LoadError` when
    /// there is no repository to load (no `coursec.yaml`).
    public func refresh() throws -> Snapshot {
        let started = DispatchTime.now()
        // A new file system each time: it remembers which folders are links.
        let fileSystem = LocalFileSystem(root: root)
        var compiler = CourseCompiler(fileSystem: fileSystem, katex: katex)
        compiler.loadMemo = memo
        let checked = try compiler.check()
        let loads = memo.takeCounts()
        let store = pages.begin(loads: memo)
        generation += 1

        var sites: [SiteSnapshot] = []
        var problems: [Message] = []
        let repository = checked.repository
        let phase = phaseID.map { repository.phase(id: $0) } ?? repository.phases.last
        if let phase, repository.firstUnsafeOutputName == nil {
            let published = PhaseFilter.apply(repository, phase: phase)
            let renderer = CourseRenderer(repository: published, fileSystem: fileSystem,
                                          media: MediaCatalog(digests: mediaDigests), pages: store)
            let memory = ArchiveBudget(bytes: 512 << 20)
            for course in published.courses {
                do {
                    let site = try OfflineSite(course: course, fileSystem: fileSystem, memory: memory)
                    sites.append(SiteSnapshot(site: site, renderer: renderer, cache: pages))
                } catch {
                    problems.append("\(course.id.value): \(Message.describing(error))")
                }
            }
        } else if let id = phaseID, phase == nil {
            problems.append("phase '\(id)' is not declared in coursec.yaml")
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Snapshot(generation: generation, diagnostics: checked.diagnostics, repository: repository,
                        phase: phase, sites: sites, siteProblems: problems,
                        filesReused: loads.reused, filesLoaded: loads.loaded, seconds: elapsed)
    }

    /// The pages rendered since the last call (`PageCache.takeCounts`), and
    /// how many were reused.
    public func takePageCounts() -> (rendered: [String], reused: Int) {
        pages.takeCounts()
    }
}
