/// A rendered HTML page and what it needs next to it in a package.
public struct RenderedPage: Sendable {
    public var html: String
    /// The page uses math: the package must carry the KaTeX assets.
    public var usesMath: Bool
    /// Repository-relative source files the page references (images,
    /// fallbacks, linked PDFs), already rewritten in `html` to
    /// `options.assetPrefix + MediaCatalog.packagePath(for:)`.
    public var media: [String]

    public init(html: String, usesMath: Bool = false, media: [String] = []) {
        self.html = html
        self.usesMath = usesMath
        self.media = media
    }
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
public struct PageRenderOptions: Sendable {
    public enum Runtime: String, Sendable {
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

    public init(assetPrefix: String = "", runtime: Runtime = .standalone) {
        self.assetPrefix = assetPrefix
        self.runtime = runtime
    }
}

/// Which publication of a quiz a page is: the assessment is published twice
/// with identical items, as the diagnostic and as the final.
public enum QuizPageMode: String, Sendable, CaseIterable {
    case practice, diagnostic, final
}
