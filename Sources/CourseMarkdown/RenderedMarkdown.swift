/// Options for `MarkdownRenderer.render`.
public struct MarkdownRenderOptions: Sendable {
    /// Turns one math expression (TeX, display?) into markup for the page, or
    /// nil when it cannot, in which case its TeX source is shown as code.
    public typealias MathTypesetter = @Sendable (_ tex: String, _ display: Bool) -> String?

    /// Raw HTML allowed through the sanitizer; `.none` drops raw HTML entirely.
    public var allowedHTML: HTMLAllowlist = .none
    /// Put a slug `id` on each heading.
    public var headingAnchors = true
    /// Level a Markdown `#` heading renders at (2 when the page's h1 is the title);
    /// deeper levels shift along and are capped at 6.
    public var baseHeadingLevel = 1
    /// Math typeset at build time; nil leaves `.math` elements with their TeX
    /// for KaTeX to typeset in the browser.
    public var mathTypesetter: MathTypesetter?

    public init(allowedHTML: HTMLAllowlist = .none, headingAnchors: Bool = true, baseHeadingLevel: Int = 1,
                mathTypesetter: MathTypesetter? = nil) {
        self.allowedHTML = allowedHTML
        self.headingAnchors = headingAnchors
        self.baseHeadingLevel = baseHeadingLevel
        self.mathTypesetter = mathTypesetter
    }
}

/// Result of rendering one Markdown body.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [RenderedHeading]
    /// True when the output contains `.math` elements for KaTeX (the page then
    /// loads KaTeX); math typeset at build time does not count.
    public var usesMath: Bool
    /// Every image, in document order, including ones with empty alt text.
    public var images: [LocalReference]
    /// Every link, in document order, for the caller to resolve relative files.
    public var links: [LocalReference]
}

public struct RenderedHeading: Sendable, Hashable {
    /// Level as rendered (after `baseHeadingLevel`).
    public var level: Int
    public var text: String
    /// Unique slug within the document (also the `id` when anchors are on).
    public var anchor: String
}

/// A URL written by the author, with where it was written.
public struct LocalReference: Sendable, Hashable {
    /// The URL as written (after Markdown unescaping), even if it was unsafe and dropped.
    public var url: String
    public var span: SourceSpan
    /// Alt text for images, link text for links.
    public var text: String
    /// Has a scheme or starts with `//`, i.e. not a file inside the course.
    public var isExternal: Bool
}
