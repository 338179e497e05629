import CourseKit
import CourseRendering
import Foundation
import TargetHTML

/// One course's offline site as of one refresh of an `IncrementalSession`:
/// its pages, each rendered when first asked for (or reused from an earlier
/// refresh when its key did not change), and everything else it serves.
public struct SiteSnapshot: Sendable {
    public let site: OfflineSite
    /// One key per page of `site.pages`.
    public let keys: [Fingerprint]
    let cache: PageCache
    let fileSystem: CourseFileSystem
    let repository: Repository
    let media: MediaCatalog

    public var courseID: String { site.course.id.value }

    /// The page at `path` inside the site, nil when there is none.
    public func page(at path: String) -> (page: OfflineSite.Page, key: Fingerprint)? {
        guard let index = site.pages.firstIndex(where: { $0.path == path }) else { return nil }
        return (site.pages[index], keys[index])
    }

    /// The site's page at `path`, rendered (or reused).
    public func rendered(_ path: String) -> RenderedPage? {
        guard let index = site.pages.firstIndex(where: { $0.path == path }) else { return nil }
        return rendered(index)
    }

    func rendered(_ index: Int) -> RenderedPage {
        let page = site.pages[index]
        return cache.page(for: keys[index], fileSystem: fileSystem, media: media) { fileSystem, failures in
            let renderer = CourseRenderer(repository: repository, fileSystem: fileSystem, failures: failures, media: media)
            return site.render(page, with: renderer)
        }
    }

    /// Every file of the site, as `coursec build --target html` writes it
    /// under `html/<course-id>/` (every page rendered or reused).
    public func files() -> [PackageFile] {
        let pages = Parallel.map(Array(site.pages.indices)) { (path: site.pages[$0].path, page: rendered($0)) }
        let renderer = CourseRenderer(repository: repository, fileSystem: fileSystem, media: media)
        return site.files(pages: pages, renderer: renderer)
    }

    /// A file of the site other than a page, for serving: the shared
    /// scripts and stylesheet, KaTeX, the media of pages rendered so far,
    /// and the unpacked activities. nil when there is none.
    public func asset(at path: String) -> PackageFile? {
        if let file = site.activityFiles.first(where: { $0.path == path }) { return file }
        if !path.contains("/"), let data = TemplateAssets.data(path), Self.templateAssets.contains(path) {
            return PackageFile(path: path, content: .data(data))
        }
        if path.hasPrefix(KaTeXAssets.packageFolder + "/") {
            return Self.katexFiles.first { $0.path == path }
        }
        if path.hasPrefix(media.folder + "/"), let source = cache.media(of: keys, catalog: media)[path],
           let url = fileSystem.url(for: source) {
            return PackageFile(path: path, content: .file(url))
        }
        return nil
    }

    /// The shared files an offline site may carry: those of a site with a quiz.
    static let templateAssets = Set(PackageAssets(
        pages: [RenderedPage(html: "", isQuiz: true)], runtime: .offlineSite,
        renderer: CourseRenderer(repository: Repository(name: "", language: ""), fileSystem: InMemoryFileSystem())
    ).templateFiles)

    static let katexFiles: [PackageFile] = (try? KaTeXAssets.debian.files()) ?? []
}
