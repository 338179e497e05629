import CourseKit
import Foundation

/// What a package needs next to its pages, so every target (mct, scorm12,
/// html) packages pages the same way: the shared stylesheet and scripts from
/// `Templates/`, KaTeX only when some page uses math, and each medium once,
/// named by its content (`MediaCatalog`).
///
///     let assets = PackageAssets(pages: pages, runtime: .offlineSite, renderer: renderer)
///     for file in assets.files() { try file.write(into: folder) }
///
/// Not included: the pages themselves (the target names them) and, for
/// `.scorm12`, `scorm12-runtime.js` and the manifest (the SCORM target adds
/// them; `TemplateAssets.data("scorm12/runtime.js")` has the script).
public struct PackageAssets: Sendable {
    public let pages: [RenderedPage]
    public let runtime: PageRenderOptions.Runtime
    public let renderer: CourseRenderer
    public let katex: KaTeXAssets

    public init(pages: [RenderedPage], runtime: PageRenderOptions.Runtime, renderer: CourseRenderer,
                katex: KaTeXAssets = .debian) {
        self.pages = pages
        self.runtime = runtime
        self.renderer = renderer
        self.katex = katex
    }

    /// Shared files from `Templates/` for this runtime, by package path.
    public var templateFiles: [String] {
        var names = ["coursec.css", "coursec.js"]
        if pages.contains(where: \.isQuiz) { names.append("quiz.js") }
        if runtime == .offlineSite { names += ["progress.js", "results.js", "docente.js"] }
        return names.sorted()
    }

    public var usesMath: Bool { pages.contains(where: \.usesMath) }

    /// Repository-relative media of all pages, each once, sorted.
    public var media: [String] { Array(Set(pages.flatMap(\.media))).sorted() }

    /// Every file to add, sorted by package path. A missing KaTeX is reported
    /// once (CS0601) and the pages keep their TeX source; media the renderer
    /// could not read were reported when the page was rendered and are skipped.
    public func files() -> [PackageFile] {
        var files: [String: PackageFile] = [:]
        for name in templateFiles {
            guard let data = TemplateAssets.data(name) else { continue }
            files[name] = PackageFile(path: name, content: .data(data))
        }
        if usesMath {
            // Without KaTeX (CS0601, reported by the check) pages show TeX source.
            if katex.isAvailable, let katexFiles = try? katex.files() {
                for file in katexFiles { files[file.path] = file }
            }
        }
        for source in media {
            guard let path = try? renderer.media.packagePath(for: source, in: renderer.fileSystem) else { continue }
            if let url = renderer.fileSystem.url(for: source) {
                files[path] = PackageFile(path: path, content: .file(url))
            } else if let bytes = try? renderer.fileSystem.contents(of: source) {
                files[path] = PackageFile(path: path, content: .data(Data(bytes)))
            }
        }
        return files.values.sorted { $0.path < $1.path }
    }
}
