import Foundation
/// A rendered HTML page and what it needs next to it in a package.
public struct RenderedPage: Sendable {
    public var html: String
    /// The page uses math: the package must carry the KaTeX assets.
    public var usesMath: Bool
    /// Repository-relative source files the page references (images,
    /// fallbacks, linked PDFs), already rewritten in `html` to
    /// `options.assetPrefix + MediaCatalog.packagePath(for:)`.
    public var media: [String]
    /// The page is a quiz: the package must carry `quiz.js`.
    public var isQuiz: Bool
    /// The source file the page was rendered from, for diagnostics.
    public var sourcePath: String?

    public init(html: String, usesMath: Bool = false, media: [String] = [], isQuiz: Bool = false,
                sourcePath: String? = nil) {
        self.html = html
        self.usesMath = usesMath
        self.media = media
        self.isQuiz = isQuiz
        self.sourcePath = sourcePath
    }

    /// The page as UTF-8 bytes, for writing into a package.
    public var data: Data { Data(html.utf8) }
}

/// Links to neighbouring pages, for previous/next navigation.
public struct PageNavigation: Sendable {
    public struct Link: Sendable {
        public var title: String
        public var href: String
        public init(title: String, href: String) {
            self.title = title
            self.href = href
        }
    }

    public var previous: Link?
    public var next: Link?
    public var index: Link?

    public init(previous: Link? = nil, next: Link? = nil, index: Link? = nil) {
        self.previous = previous
        self.next = next
        self.index = index
    }
}

/// How a page is packaged: where its assets are and which runtime script it
/// uses to report progress.
public struct PageRenderOptions: Sendable, Hashable {
    public enum Runtime: String, Sendable, Hashable {
        /// No script beyond the quiz scorer (platform HTML lesson ZIPs).
        case standalone
        /// Offline site: progress kept in `localStorage`.
        case offlineSite
        /// SCORM 1.2 SCO: reports to the LMS through the SCORM runtime.
        case scorm12
    }

    /// Prefix from the page to the package root (`""` or `"../"`).
    public var assetPrefix: String
    public var runtime: Runtime
    /// Embed external resources of allowlisted providers as `<iframe>`s.
    /// Off by default: a page then makes no network request on load, and
    /// every external resource is a link card the learner chooses to open.
    public var embedExternalResources: Bool
    /// Links between lessons: repository-relative Markdown path → href from
    /// this page. A link to a lesson not listed keeps its text, not a link.
    public var pageLinks: [String: String]
    /// Typeset math at build time as MathML (no KaTeX in the package), for
    /// packages that hold a single page, where KaTeX would be most of the bytes.
    public var typesetMath: Bool
    /// HTML lessons unpacked into the package: the lesson's ZIP (repository
    /// path) → the href of the activity's `index.html` from this page. Such
    /// a lesson links to its activity instead of offering the ZIP.
    public var activityPages: [String: String] = [:]

    public init(assetPrefix: String = "", runtime: Runtime = .standalone, embedExternalResources: Bool = false,
                pageLinks: [String: String] = [:], typesetMath: Bool = false) {
        self.assetPrefix = assetPrefix
        self.runtime = runtime
        self.embedExternalResources = embedExternalResources
        self.pageLinks = pageLinks
        self.typesetMath = typesetMath
    }
}

/// Which publication of a quiz a page is: the assessment is published twice
/// with identical items, as the diagnostic and as the final.
public enum QuizPageMode: String, Sendable, CaseIterable {
    case practice, diagnostic, final
}
