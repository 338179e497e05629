import CourseKit
import CourseRendering
import Foundation
import TargetHTML

/// One course's offline site as of one refresh of an `IncrementalSession`:
/// its pages, each rendered when first asked for (or reused from an earlier
/// refresh, `PageCache`), and everything else it serves.
public struct SiteSnapshot: Sendable {
    public let site: OfflineSite
    let renderer: CourseRenderer
    let cache: PageCache

    public var courseID: String { site.course.id.value }

    /// The page at `path` inside the site, nil when there is none.
    public func page(at path: String) -> OfflineSite.Page? {
        site.pages.first { $0.path == path }
    }

    /// The site's page at `path`, rendered (or reused).
    public func rendered(_ path: String) -> RenderedPage? {
        page(at: path).map { site.render($0, with: renderer) }
    }

    /// Every file of the site, as `coursec build --target html` writes it
    /// under `html/<course-id>/` (every page rendered or reused).
    public func files() -> [PackageFile] {
        let pages = Parallel.map(site.pages) { (path: $0.path, page: site.render($0, with: renderer)) }
        return site.files(pages: pages, renderer: renderer)
    }

    /// A file of the site other than a page, for serving: the shared
    /// scripts and stylesheet, KaTeX, the media of pages rendered so far,
    /// and the unpacked activities. nil when there is none.
    public func asset(at path: String) -> PackageFile? {
        if let file = site.activityFiles.first(where: { $0.path == path }) { return file }
        if Self.templateAssets.contains(path), let data = TemplateAssets.data(path) {
            return PackageFile(path: path, content: .data(data))
        }
        if path.hasPrefix(KaTeXAssets.packageFolder + "/") {
            return Self.katexFiles.first { $0.path == path }
        }
        if path.hasPrefix(renderer.media.folder + "/"), let source = cache.media(in: renderer.media)[path],
           let url = renderer.fileSystem.url(for: source) {
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
