import CourseKit
import CourseRendering
import Foundation

/// The files rendered pages need besides themselves: the shared styles and
/// scripts, KaTeX for pages with math and their media (all from the
/// renderer's `PackageAssets`, so every target packages pages alike), plus
/// the SCORM runtime that every SCO loads.
struct SCORMAssetCollector: Sendable {
    let renderer: CourseRenderer

    /// The package's asset files, and per page (by index) the paths it uses.
    func assets(for pages: [RenderedPage]) throws -> (files: [SCORMPackageFile], uses: [Set<String>]) {
        var files = PackageAssets(pages: pages, runtime: .scorm12, renderer: renderer).files()
            .map { SCORMPackageFile($0) }
        files.append(SCORMPackageFile(path: SCORMNaming.runtimePath, data: try Self.runtime()))
        let available = Set(files.map(\.path))
        let katex = available.filter { $0.hasPrefix(KaTeXAssets.packageFolder + "/") }

        let uses = pages.map { page -> Set<String> in
            var used: Set<String> = [SCORMNaming.runtimePath]
            used.formUnion(PackageAssets(pages: [page], runtime: .scorm12, renderer: renderer).templateFiles)
            if page.usesMath { used.formUnion(katex) }
            for source in page.media {
                if let path = try? renderer.media.packagePath(for: source, in: renderer.fileSystem) { used.insert(path) }
            }
            // What PackageAssets could not provide (KaTeX not installed, an
            // unreadable medium) was reported to the author and is not in
            // the package, so it is not listed either.
            return used.intersection(available)
        }
        return (files, uses)
    }

    /// `scorm12-runtime.js`, from the templates embedded in the binary.
    static func runtime() throws -> Data {
        guard let data = TemplateAssets.data("scorm12/runtime.js") else { throw SCORMBuildError.missingRuntime }
        return data
    }
}

extension SCORMPackageFile {
    init(_ file: PackageFile) {
        switch file.content {
        case .data(let data): self.init(path: file.path, content: .data(data))
        case .file(let url): self.init(path: file.path, content: .file(url))
        }
    }
}
