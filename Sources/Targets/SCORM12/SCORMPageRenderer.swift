import CourseKit
import CourseRendering
import Foundation

/// Renders the SCOs of a package with the shared renderer (so a lesson looks
/// the same in every output) and gathers every file each page needs.
struct SCORMPageRenderer: Sendable {
    /// The package's files, and per page path the files that page uses
    /// (the page itself included), which the manifest lists per resource.
    struct Result: Sendable {
        var files = SCORMFileSet()
        var uses: [String: Set<String>] = [:]
    }

    let renderer: CourseRenderer

    func render(_ plan: SCORMPackagePlan) throws -> Result {
        let options = PageRenderOptions(assetPrefix: SCORMSCO.assetPrefix, runtime: .scorm12)
        let scos = plan.scos
        // Pages are independent: render them over all cores (a 300-lesson
        // course would otherwise keep one core busy after the others finished).
        let pages = Parallel.map(scos) { sco -> RenderedPage in
            switch sco.content {
            case .lesson(let lesson):
                // An html or scorm ZIP lesson cannot be nested (CS0803,
                // reported by the check): its introduction page only.
                // No previous/next links: in a SCORM package the LMS navigates.
                return renderer.lessonPage(lesson, course: plan.course, options: options)
            case .quiz(let quiz, let mode):
                return renderer.quizPage(quiz, course: plan.course, mode: mode, options: options)
            }
        }
        let assets = try SCORMAssetCollector(renderer: renderer).assets(for: pages)

        var result = Result()
        for file in assets.files { try result.files.add(file) }
        for (index, sco) in scos.enumerated() {
            try result.files.add(SCORMPackageFile(path: sco.pagePath, data: pages[index].data))
            result.uses[sco.pagePath] = assets.uses[index].union([sco.pagePath])
        }
        return result
    }
}
