import CourseKit

/// Pages rendered earlier, kept by what they are made from: `coursec serve`
/// keeps them between refreshes (`CourseIncremental.PageCache`). A renderer given a store asks it before
/// rendering a lesson, quiz or index page; the store either returns the
/// page it kept for the same request, or calls `render` and keeps the
/// result. What a page is made from is the request, the renderer's own
/// settings (HTML allowlist, embeds, media folder) and the files it reads,
/// which it reads only through its `MediaCatalog`.
public protocol RenderedPageStore: Sendable {
    func page(for request: PageRequest, renderer: CourseRenderer, render: () -> RenderedPage) -> RenderedPage
}

/// Everything a page is rendered from besides the renderer.
public struct PageRequest: Sendable {
    public enum Content: Sendable {
        /// A lesson page or, with a continuation, a lesson's introduction.
        case lesson(Lesson, continuation: String?)
        case quiz(Quiz, QuizPageMode)
        /// The course's home page.
        case index(CourseIndexLinks)
    }

    public var content: Content
    public var course: Course
    public var navigation: PageNavigation
    public var options: PageRenderOptions
}
