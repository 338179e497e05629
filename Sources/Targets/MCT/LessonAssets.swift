import CourseKit
import CourseRendering
import CourseSigning
import Foundation

/// The files a rendered page needs next to `index.html`, at the paths the
/// page refers to them by (all relative, all inside the lesson ZIP).
///
/// Today this is the media `RenderedPage` lists, placed where
/// `MediaCatalog` says (named by content digest). The renderer's upcoming
/// `PackageAssets` helper also lists the stylesheet, scripts and KaTeX
/// files; this is the one place to switch over to it.
enum LessonAssets {
    struct Asset {
        var path: String
        var content: StoredZipWriter.Content
    }

    static func files(for page: RenderedPage, context: BuildContext) throws -> [Asset] {
        var assets: [Asset] = []
        var seen = Set<String>()
        let catalog = MediaCatalog()
        for source in page.media {
            let content: StoredZipWriter.Content
            let digest: String
            if let url = context.sourceURL(source) {
                digest = try FileDigest.sha256Hex(fileAt: url)
                content = .file(url)
            } else {
                let data = Data(try context.fileSystem.contents(of: source))
                digest = FileDigest.sha256Hex(data: data)
                content = .data(data)
            }
            let path = catalog.packagePath(for: source, sha256: digest)
            guard seen.insert(path).inserted else { continue }
            assets.append(Asset(path: path, content: content))
        }
        return assets
    }
}
