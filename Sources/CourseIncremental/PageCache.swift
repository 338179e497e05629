import CourseKit
import CourseRendering
import Foundation

/// Rendered pages by key (`PageKeyer`), kept in memory between refreshes of
/// `coursec serve` (one process: the templates and code do not change). A page is
/// served from here while its key is the same and the media it names still
/// have the digests they had (media are named by content in the page,
/// `MediaCatalog`). A page whose rendering could not read a file is not
/// kept.
///
/// Renderers use a `Generation` (`begin`): the fingerprints of the lessons
/// and quizzes as one load left them, so a page of an older snapshot,
/// rendered while the next refresh loads, is keyed by the files it was
/// made from, never by newer ones.
public final class PageCache: @unchecked Sendable {
    struct Entry {
        var page: RenderedPage
        /// Repository path and SHA-256 (hex) of each medium the page names.
        var media: [(path: String, sha256: String)]
        /// The generation that last used it.
        var used: Int
    }

    private let sources = SourceFingerprints()
    private let lock = NSLock()
    private var entries: [Fingerprint: Entry] = [:]
    private var generation = 0
    private var rendered: [String] = []
    private var reused = 0

    public init() {}

    /// The store for renderers of what `memo` loaded last (call after
    /// loading). Pages no generation used for `keeping` generations leave
    /// memory.
    public func begin(loads memo: LoadMemo?, keeping: Int = 8) -> Generation {
        let sources = memo.map { self.sources.current(of: $0) } ?? [:]
        let number = lock.withLock { () -> Int in
            generation += 1
            let oldest = generation - keeping
            entries = entries.filter { $0.value.used >= oldest }
            return generation
        }
        return Generation(cache: self, number: number,
                          keyer: PageKeyer(source: { sources[$0] }))
    }

    /// One generation's view of the cache: what renderers are given.
    public struct Generation: RenderedPageStore {
        let cache: PageCache
        let number: Int
        let keyer: PageKeyer

        public func page(for request: PageRequest, renderer: CourseRenderer, render: () -> RenderedPage) -> RenderedPage {
            cache.page(for: keyer.key(for: request, renderer: renderer), request: request, generation: number,
                       renderer: renderer, render: render)
        }
    }

    func page(for key: Fingerprint, request: PageRequest, generation: Int, renderer: CourseRenderer,
              render: () -> RenderedPage) -> RenderedPage {
        let known = lock.withLock { entries[key] }
        if var entry = known,
           entry.media.allSatisfy({ (try? renderer.media.sha256(of: $0.path, in: renderer.fileSystem)) == $0.sha256 }) {
            entry.used = max(entry.used, generation)
            lock.withLock {
                entries[key] = entry
                reused += 1
            }
            return entry.page
        }
        let failuresBefore = renderer.failures.all.count
        let page = render()
        let digests = page.media.compactMap { path in
            (try? renderer.media.sha256(of: path, in: renderer.fileSystem)).map { (path: path, sha256: $0) }
        }
        lock.withLock { rendered.append(Self.describe(request)) }
        // The count only grows: any failure of this rendering shows (another
        // page's, at worst, keeps this one out too).
        guard renderer.failures.all.count == failuresBefore, digests.count == page.media.count else { return page }
        lock.withLock { entries[key] = Entry(page: page, media: digests, used: generation) }
        return page
    }

    /// The media of pages kept, for serving them: package path → repository path.
    public func media(in catalog: MediaCatalog) -> [String: String] {
        let kept = lock.withLock { entries.values.flatMap(\.media) }
        var byPackagePath: [String: String] = [:]
        for medium in kept { byPackagePath[catalog.packagePath(for: medium.path, sha256: medium.sha256)] = medium.path }
        return byPackagePath
    }

    /// The pages rendered (not reused) since the last call, each as
    /// `lesson <path>`, `quiz <path> <mode>` or `index <course>`, sorted,
    /// and how many were reused.
    public func takeCounts() -> (rendered: [String], reused: Int) {
        lock.withLock {
            defer {
                rendered = []
                reused = 0
            }
            return (rendered.sorted(), reused)
        }
    }

    static func describe(_ request: PageRequest) -> String {
        switch request.content {
        case .lesson(let lesson, let continuation): "lesson \(lesson.path)\(continuation == nil ? "" : " introduction")"
        case .quiz(let quiz, let mode): "quiz \(quiz.path) \(mode.rawValue)"
        case .index: "index \(request.course.id.value)"
        }
    }
}
