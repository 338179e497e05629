import CourseArchive
import Foundation
import Testing

/// Every page of the example courses on a 360×740 phone screen, in Chromium:
/// every page of each course's offline site and every HTML lesson of the
/// platform's `courses.zip`. No page is wider than the screen (a display
/// formula scrolls in its own box), no formula is split across lines (each
/// `.katex` and `<math>` element has one client rectangle), every tap target
/// is at least 44 px in both directions, and no math is left as TeX: no
/// visible `$…$` or `\ce{…}`, nothing KaTeX refused.
@Suite(.serialized, .enabled(if: BrowserDriver.available, "chromium is not installed; skipping the browser tests"))
struct PhoneLayoutBrowserTests {
    /// The pages to measure, relative to `folder` (which holds the driver).
    static func pages() throws -> (folder: URL, pages: [String]) {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        let folder = try HTMLTestSupport.temporaryFolder("phone")
        var pages: [String] = []
        for course in HTMLTestSupport.exampleCourses {
            try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/\(course)"),
                                             to: folder.appendingPathComponent(course))
            pages += HTMLTestSupport.files(under: folder.appendingPathComponent(course))
                .filter { $0.hasSuffix(".html") && !$0.hasPrefix("actividades/") }.map { "\(course)/" + $0 }
        }

        // The platform's HTML lessons, each unpacked from its ZIP in courses.zip.
        let out = try HTMLTestSupport.temporaryFolder("phone-mct")
        let result = try MCTTestSupport.build(HTMLTestSupport.courses, out: out)
        let zip = try #require(result.artifacts.first { $0.path.hasSuffix("courses.zip") })
        let courses = SafeArchiveReader(url: out.appendingPathComponent(zip.path))
        for (n, entry) in try courses.entries().filter({ $0.type == .file && $0.path.hasSuffix(".zip") }).enumerated() {
            let lesson = folder.appendingPathComponent("mct/\(n)")
            try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
            let file = lesson.appendingPathComponent("lesson.zip")
            try courses.read(entry: entry.path, maxBytes: 64 << 20).write(to: file)
            try SCORMTestSupport.unzip(file, into: lesson)
            pages.append("mct/\(n)/index.html")
        }
        try BrowserDriver.install(in: folder)
        return (folder, pages)
    }

    @Test func everyPageFitsAPhoneWithFormulasWholeAndTapTargetsLargeEnough() throws {
        let (folder, pages) = try Self.pages()
        // Matemáticas 1: 31 site pages and 20 HTML lessons; Química 1: 19 and 12.
        #expect(pages.count >= 31 + 20 + 19 + 12, "the offline sites' pages and the platform's HTML lessons: \(pages.count)")
        for course in HTMLTestSupport.exampleCourses {
            #expect(pages.contains("\(course)/index.html"), "\(course) is measured")
        }
        let report = try BrowserDriver.run("phone", in: folder,
                                           steps: pages.flatMap { [.launch($0), .measure($0)] })
        let layouts = report.layouts
        #expect(layouts.map(\.page) == pages, "every page was measured")
        #expect(layouts.reduce(0) { $0 + $1.formulas } > 100, "the course has formulas to check")
        for layout in layouts {
            #expect(layout.innerWidth == 360)
            #expect(layout.scrollWidth <= layout.innerWidth, "\(layout.page) is \(layout.scrollWidth) px wide")
            #expect(layout.splitFormulas.isEmpty, "\(layout.page): formulas split across lines: \(layout.splitFormulas.map(\.text))")
            #expect(layout.smallTargets.isEmpty,
                    "\(layout.page): tap targets under 44 px: \(layout.smallTargets.map { "\($0.text) \($0.width)×\($0.height)" })")
            #expect(layout.rawTeX.isEmpty, "\(layout.page): math left as TeX: \(layout.rawTeX)")
            #expect(layout.katexErrors.isEmpty, "\(layout.page): KaTeX refused: \(layout.katexErrors)")
        }
        #expect(report.failures.isEmpty, "\(report.failures)")
    }
}
