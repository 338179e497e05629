import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// One course's offline site before its pages are rendered: each page's
/// path, what it shows, its neighbours and the options it renders with, and
/// the HTML activities unpacked into it. `HTMLTarget` renders every page;
/// `coursec serve` renders a page when it is asked for, and again only when
/// what it is made from changed (`CourseIncremental`). Both render through
/// `render(_:with:)` and package through `files(pages:renderer:)`, so the
/// preview shows the bytes a build writes.
public struct OfflineSite: Sendable {
    /// What a page shows.
    public enum Content: Sendable {
        case lesson(Lesson)
        case quiz(Quiz, QuizPageMode)
        /// The course's home page, which lists every other page.
        case index
        /// The teachers' page that merges learners' results files (`docente.html`).
        case teacher
    }

    public struct Page: Sendable {
        /// Path inside the site, e.g. `lecciones/03-racionales.html`.
        public var path: String
        public var content: Content
        public var navigation: PageNavigation
        /// Repository path of the file the page is made from (nil for the index and the teachers' page).
        public var sourcePath: String? {
            switch content {
            case .lesson(let lesson): lesson.path
            case .quiz(let quiz, _): quiz.path
            case .index, .teacher: nil
            }
        }
    }

    public let course: Course
    /// Outline order (the diagnostic first, the final last), then `index.html`
    /// and the teachers' page.
    public let pages: [Page]
    /// How every page but the index renders (one folder down, links between lessons, activities).
    public let pageOptions: PageRenderOptions
    /// How the index and the teachers' page render (at the site's root).
    public let indexOptions: PageRenderOptions
    /// Files of the unpacked HTML activities, by path inside the site.
    public let activityFiles: [PackageFile]

    /// Unpacks the course's HTML activities (within `memory`, shared by a
    /// build's courses) and lays out its pages. Throws when an activity's
    /// ZIP is no longer what the check saw.
    public init(course: Course, fileSystem: CourseFileSystem, memory: ArchiveBudget = ArchiveBudget(bytes: 512 << 20)) throws {
        let layout = OfflineSiteLayout(course: course)
        let activities = try HTMLActivityUnpacker(fileSystem: fileSystem, memory: memory).activities(in: course)
        var options = PageRenderOptions(assetPrefix: OfflineSiteLayout.pagePrefix, runtime: .offlineSite,
                                        pageLinks: layout.pageLinks)
        options.activityPages = Dictionary(activities.map { ($0.source, OfflineSiteLayout.pagePrefix + $0.page) },
                                           uniquingKeysWith: { first, _ in first })
        var pages = layout.entries.enumerated().map { n, entry -> Page in
            let content: Content
            switch entry.page {
            case .lesson(let lesson): content = .lesson(lesson)
            case .quiz(let quiz): content = .quiz(quiz, .practice)
            case .assessment(let quiz, let mode): content = .quiz(quiz, mode)
            }
            return Page(path: entry.path, content: content, navigation: layout.navigation(at: n))
        }
        pages.append(Page(path: "index.html", content: .index, navigation: .init()))
        pages.append(Page(path: OfflineSiteLayout.teacherPage, content: .teacher,
                          navigation: PageNavigation(index: .init(title: course.title.value, href: "index.html"))))
        self.course = course
        self.pages = pages
        self.pageOptions = options
        self.indexOptions = PageRenderOptions(assetPrefix: "", runtime: .offlineSite)
        self.indexLinks = layout.indexLinks
        self.activityFiles = activities.flatMap(\.files)
    }

    private let indexLinks: CourseIndexLinks

    /// The options `page` renders with.
    public func options(for page: Page) -> PageRenderOptions {
        switch page.content {
        case .index, .teacher: indexOptions
        case .lesson, .quiz: pageOptions
        }
    }

    public func render(_ page: Page, with renderer: CourseRenderer) -> RenderedPage {
        let options = options(for: page)
        switch page.content {
        case .lesson(let lesson):
            return renderer.lessonPage(lesson, course: course, navigation: page.navigation, options: options)
        case .quiz(let quiz, let mode):
            return renderer.quizPage(quiz, course: course, mode: mode, navigation: page.navigation, options: options)
        case .index:
            return renderer.courseIndexPage(course, links: indexLinks, options: options)
        case .teacher:
            return renderer.teacherPage(course, navigation: page.navigation, options: options)
        }
    }

    /// Every file of the site, sorted by path: the rendered pages (by
    /// path), the shared assets and media they need, and the activities.
    public func files(pages: [(path: String, page: RenderedPage)], renderer: CourseRenderer) -> [PackageFile] {
        let assets = PackageAssets(pages: pages.map(\.page), runtime: .offlineSite, renderer: renderer)
        let files = pages.map { PackageFile(path: $0.path, content: .data($0.page.data)) } + assets.files() + activityFiles
        return files.sorted { $0.path < $1.path }
    }
}
