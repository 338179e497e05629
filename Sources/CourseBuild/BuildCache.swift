import CourseIncremental
import CourseKit
import CourseRendering
import Foundation

/// What `coursec build --cache DIR` keeps between builds: every page the
/// targets render (offline site, SCORM, platform lessons), by the key of
/// what it is made from (`PageCache`, `PageCacheFolder`). The load records
/// what each lesson and quiz was made from (`LoadMemo`), which names the
/// page; a page is reused only with the same key and the same media, so a
/// build with the cache writes exactly what a build without it writes.
/// Loads, checks and archives are not kept: they run in full every time.
struct BuildCache: Sendable {
    let loads = LoadMemo()
    let pages: PageCache
    /// Lessons keep their full tree for rendering (`LessonTrees`) only
    /// when no page was kept yet: with pages kept, the few rendered again
    /// parse their body themselves.
    let needsLessonTrees: Bool

    init?(_ folder: URL?) {
        guard let folder else { return nil }
        let store = PageCacheFolder(url: folder)
        pages = PageCache(identity: ExecutableIdentity.current, folder: store)
        needsLessonTrees = store.isEmpty
    }

    /// Every renderer of the build asks the cache first (through the
    /// build's shared `MarkdownBodyCache`). Called once loaded.
    func attach(to context: BuildContext) {
        let generation = pages.begin(loads: loads)
        _ = context.shared(MarkdownBodyCache.self) { MarkdownBodyCache(pages: generation) }
    }

    /// After a build that wrote its output: pages it did not use go.
    func finish() {
        pages.folder?.prune()
    }
}
