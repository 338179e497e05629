import CourseKit
import CourseRendering
import Foundation

/// The files a rendered page needs next to `index.html`, at the paths the
/// page refers to them by (all relative, all inside the lesson ZIP): the
/// renderer's `PackageAssets` (stylesheet, scripts, KaTeX when the page has
/// math, media named by content), so lesson ZIPs match the other targets.
enum LessonAssets {
    struct Asset {
        var path: String
        var content: StoredZipWriter.Content
    }

    static func files(for page: RenderedPage, renderer: CourseRenderer) -> [Asset] {
        PackageAssets(pages: [page], runtime: .standalone, renderer: renderer).files().map { file in
            switch file.content {
            case .data(let data): Asset(path: file.path, content: .data(data))
            case .file(let url): Asset(path: file.path, content: .file(url))
            }
        }
    }
}
