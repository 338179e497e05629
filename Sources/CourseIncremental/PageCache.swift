import CourseKit
import CourseRendering
import Foundation

/// Rendered pages by key (`PageKeyer`), kept between refreshes. A page is
/// served from here while its key is the same and everything its rendering
/// read from the disk still reads the same: the answers the file system
/// gave (`FileProbe`: which media exist) and the digest of each medium it
/// names (media are named by content in the page, `MediaCatalog`). A page
/// whose rendering could not read a file is not kept.
final class PageCache: @unchecked Sendable {
    struct Entry {
        var page: RenderedPage
        var probes: [FileProbe]
        /// Repository path and SHA-256 (hex) of each medium the page names.
        var media: [(path: String, sha256: String)]
    }

    private let lock = NSLock()
    private var entries: [Fingerprint: Entry] = [:]
    private var counts = (reused: 0, rendered: 0)

    /// The page of `key`: the one kept, if it still holds, else `render`'s
    /// (given a file system that records what the rendering asks).
    func page(for key: Fingerprint, fileSystem: CourseFileSystem, media: MediaCatalog,
              render: (CourseFileSystem, BuildFailures) -> RenderedPage) -> RenderedPage {
        if let entry = lock.withLock({ entries[key] }), entry.probes.allSatisfy({ $0.holds(in: fileSystem) }),
           entry.media.allSatisfy({ (try? media.sha256(of: $0.path, in: fileSystem)) == $0.sha256 }) {
            lock.withLock { counts.reused += 1 }
            return entry.page
        }
        let recording = ProbeRecordingFileSystem(fileSystem)
        let failures = BuildFailures()
        let page = render(recording, failures)
        let digests = page.media.compactMap { path in
            (try? media.sha256(of: path, in: fileSystem)).map { (path: path, sha256: $0) }
        }
        let probes = recording.probes
        lock.withLock {
            counts.rendered += 1
            if failures.all.isEmpty, digests.count == page.media.count, !probes.contains(where: \.isUncheckable) {
                entries[key] = Entry(page: page, probes: probes, media: digests)
            }
        }
        return page
    }

    /// Whether `key` has a page kept (it may still need rendering again
    /// if a medium changed).
    func contains(_ key: Fingerprint) -> Bool {
        lock.withLock { entries[key] != nil }
    }

    /// The media of kept pages, for serving them: package path → repository path.
    func media(of keys: [Fingerprint], catalog: MediaCatalog) -> [String: String] {
        let kept = lock.withLock { keys.compactMap { entries[$0] } }
        var byPackagePath: [String: String] = [:]
        for entry in kept {
            for medium in entry.media {
                byPackagePath[catalog.packagePath(for: medium.path, sha256: medium.sha256)] = medium.path
            }
        }
        return byPackagePath
    }

    /// Drops every page but those of `keys` (pages no longer in any site).
    func keep(only keys: Set<Fingerprint>) {
        lock.withLock { entries = entries.filter { keys.contains($0.key) } }
    }

    /// How many pages were reused and rendered since the last call.
    func takeCounts() -> (reused: Int, rendered: Int) {
        lock.withLock {
            defer { counts = (0, 0) }
            return counts
        }
    }
}
