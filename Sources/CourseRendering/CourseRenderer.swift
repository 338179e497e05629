import CourseKit
import CourseMarkdown
import Foundation

/// Renders lessons, quizzes, the course index and the syllabus to HTML with
/// the Mustache templates of `Templates/` (embedded in the binary). Shared by
/// every target (offline site, platform HTML lessons, SCORM SCOs), so a
/// lesson looks and behaves the same wherever it is delivered.
///
/// The renderer reports nothing: what pages show differently from the
/// source (an image on the web as a link, an unplayable video as a
/// download) is reported by `coursec check` (`RenderingCheck`). A file that
/// cannot be read while rendering (changed since the check) is recorded in
/// `failures`, and the build fails.
public struct CourseRenderer: Sendable {
    public let repository: Repository
    public let fileSystem: CourseFileSystem
    public let failures: BuildFailures
    /// The lesson bodies a build parsed once (nil: parse when rendering).
    public let lessonTrees: LessonTrees?
    public let media: MediaCatalog
    /// Providers whose resources may be embedded (when a page allows embeds).
    public let embeds: EmbedPolicy
    /// Raw HTML authors may use: the policy's `html-allowlist`, or none.
    public let htmlAllowlist: HTMLAllowlist
    /// Markdown already rendered by another target of the build, or nil.
    public let bodies: MarkdownBodyCache?
    /// Pages rendered earlier (`coursec serve`), or nil: render every page.
    public let pages: RenderedPageStore?

    public init(repository: Repository, fileSystem: CourseFileSystem, failures: BuildFailures = BuildFailures(),
                lessonTrees: LessonTrees? = nil, media: MediaCatalog = .init(),
                embeds: EmbedPolicy = .default, bodies: MarkdownBodyCache? = nil, pages: RenderedPageStore? = nil) {
        self.repository = repository
        self.bodies = bodies
        self.pages = pages
        self.fileSystem = fileSystem
        self.failures = failures
        self.lessonTrees = lessonTrees
        self.media = media
        self.embeds = embeds
        if let setting = repository.policy.htmlAllowlist {
            htmlAllowlist = HTMLAllowlist(elements: Set(setting.elements),
                                          attributes: setting.attributes.mapValues { Set($0) })
        } else {
            htmlAllowlist = .none
        }
    }

    public func lessonPage(_ lesson: Lesson, course: Course, navigation: PageNavigation = .init(),
                           options: PageRenderOptions = .init()) -> RenderedPage {
        kept(.lesson(lesson, continuation: nil), course: course, navigation: navigation, options: options) {
            lessonPage(lesson, course: course, navigation: navigation, options: options, continuation: nil)
        }
    }

    /// What the author wrote in the body of a lesson whose main content (a
    /// video, audio, a PDF, a link, an author's package) a platform delivers
    /// as a lesson of its own: the body and the external resources, without
    /// the main content, and `continuation` (where the learner goes next)
    /// after the body. The platform target puts it just before that lesson,
    /// so no text the author wrote is lost on the way.
    public func lessonIntroductionPage(_ lesson: Lesson, course: Course, continuation: String,
                                       options: PageRenderOptions = .init()) -> RenderedPage {
        kept(.lesson(lesson, continuation: continuation), course: course, navigation: .init(), options: options) {
            lessonPage(lesson, course: course, navigation: .init(), options: options, continuation: continuation)
        }
    }

    /// The page `pages` kept for this request, or `render`'s.
    func kept(_ content: PageRequest.Content, course: Course, navigation: PageNavigation, options: PageRenderOptions,
              render: () -> RenderedPage) -> RenderedPage {
        guard let pages else { return render() }
        let request = PageRequest(content: content, course: course, navigation: navigation, options: options)
        return pages.page(for: request, renderer: self, render: render)
    }

    /// Whether a lesson's body has text to show (an introduction page is
    /// worth making).
    public static func hasBodyText(_ lesson: Lesson) -> Bool {
        !lesson.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The whole lesson, or (`continuation` given) its introduction only.
    private func lessonPage(_ lesson: Lesson, course: Course, navigation: PageNavigation, options: PageRenderOptions,
                            continuation: String?) -> RenderedPage {
        let markdown = MarkdownBody(renderer: self, options: options, sourcePath: lesson.path, fallbackRange: nil)
        let body = markdown.render(lesson.body, lineOffset: max(lesson.bodyLine - 1, 0), parsed: lessonTrees?[lesson.path])
        var media = body.media
        var context = pageContext(title: lesson.title.value, course: course, pageID: lesson.id.value, kind: "lesson",
                                  navigation: navigation, options: options, usesMath: body.usesMath)
        context["body"] = body.html
        context["minutes"] = continuation == nil ? lesson.minutes.map { $0 as Any } ?? false : false
        context["continuation"] = continuation ?? false
        for key in ["resource", "video", "audio", "download", "activity"] { context[key] = false }
        let cards = ResourceCard(renderer: self, options: options)
        if continuation == nil, lesson.kind == .link, let resource = lesson.resource {
            context["resource"] = cards.context(resource, domId: "recurso", headingLevel: 2, media: &media)
        }
        if continuation == nil, let file = lesson.file {
            addFile(file, of: lesson, to: &context, media: &media, options: options)
        }
        context["resources"] = lesson.resources.enumerated().map { n, resource in
            cards.context(resource, domId: "recurso-\(n + 1)", headingLevel: 3, media: &media)
        }
        context["hasResources"] = !lesson.resources.isEmpty
        let html = TemplateAssets.render("lesson", context)
        return RenderedPage(html: html, usesMath: body.usesMath, media: Self.unique(media), sourcePath: lesson.path)
    }

    private func addFile(_ file: Located<String>, of lesson: Lesson, to context: inout [String: Any],
                         media: inout [String], options: PageRenderOptions) {
        if lesson.kind == .html, let href = options.activityPages[file.value] {
            context["activity"] = ["href": href, "label": "Abrir la actividad"]
            return
        }
        guard let src = packaged(file, media: &media, options: options) else { return }
        let ext = RepositoryPath.pathExtension(file.value)
        switch lesson.kind {
        case .video where MediaTypes.playableVideo.contains(ext):
            let tracks: [[String: Any]] = lesson.subtitles.enumerated().compactMap { n, subtitle in
                guard let trackSrc = packaged(subtitle.path, media: &media, options: options) else { return nil }
                return ["language": subtitle.language, "src": trackSrc, "isDefault": n == 0]
            }
            context["video"] = ["src": src, "tracks": tracks]
        case .audio where MediaTypes.playableAudio.contains(ext):
            context["audio"] = ["src": src]
        case .video, .audio:
            // Unplayable in a browser (CS0603, reported by the check): a download.
            context["download"] = ["href": src, "label": "Descargar el archivo (\(ext.uppercased()))"]
        case .pdf:
            context["download"] = ["href": src, "label": "Abrir el PDF"]
        default:
            context["download"] = ["href": src, "label": "Descargar el archivo (\(ext.uppercased()))"]
        }
    }

    /// The page-relative address of a repository file in the package, or nil (reported).
    func packaged(_ file: Located<String>, media: inout [String], options: PageRenderOptions) -> String? {
        do {
            let path = try self.media.packagePath(for: file.value, in: fileSystem)
            media.append(file.value)
            return options.assetPrefix + path
        } catch {
            failures.record("cannot read '\(file.value)' (\(file.range.file):\(file.range.start.line)), which the check read: it changed since")
            return nil
        }
    }

    /// Keys every page template uses (see `Templates/partials/head.mustache`).
    func pageContext(title: String, course: Course, pageID: String, kind: String, navigation: PageNavigation,
                     options: PageRenderOptions, usesMath: Bool, isQuiz: Bool = false) -> [String: Any] {
        func link(_ link: PageNavigation.Link?) -> Any { link.map { ["title": $0.title, "href": $0.href] as [String: Any] } ?? false }
        return [
            "lang": course.language,
            "title": title,
            "courseTitle": course.title.value,
            "courseId": course.id.value,
            "courseVersion": course.version.value.description,
            "pageId": pageID,
            "pageKind": kind,
            "assetPrefix": options.assetPrefix,
            "runtime": options.runtime.rawValue,
            "runtimeOfflineSite": options.runtime == .offlineSite,
            "runtimeSCORM12": options.runtime == .scorm12,
            "usesMath": usesMath,
            "isQuiz": isQuiz,
            // Scripts of one kind of page, after the runtime's: `[["src": path]]`.
            "pageScripts": [[String: String]](),
            "nav": ["previous": link(navigation.previous), "next": link(navigation.next), "index": link(navigation.index)],
            "hasNavigation": navigation.previous != nil || navigation.next != nil || navigation.index != nil,
        ]
    }

    static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
