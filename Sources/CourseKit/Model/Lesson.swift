/// A lesson: one unit of content on the platform.
public struct Lesson: Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case text, video, audio, pdf, html, scorm, link

        /// Kinds whose content is a file named by `file:`.
        public var needsFile: Bool { self != .text && self != .link }
    }

    public var id: Located<String>
    /// Repository-relative path of the Markdown file.
    public var path: String
    public var title: Located<String>
    public var kind: Kind
    public var objectives: [Located<String>]
    public var minutes: Int?
    public var tags: [String]
    public var reviewOf: [Located<String>]
    public var draft: Bool
    public var since: Located<String>?
    /// Repository-relative path of the lesson's file (video, PDF, ZIP…).
    public var file: Located<String>?
    /// Repository-relative WebVTT subtitle files by language.
    public var subtitles: [(language: String, path: Located<String>)]
    public var resources: [ExternalResource]
    /// The external resource of a `link` lesson.
    public var resource: ExternalResource?
    /// The Markdown body, and the line of the file it starts at.
    public var body: String
    public var bodyLine: Int
    /// What the Markdown body references, for checks and targets.
    public var markdown: MarkdownSummary
    public var range: SourceRange
    /// Inline `coursec-disable` comments in the body.
    public var suppressions: [Suppression] = []

    public init(id: Located<String>, path: String, title: Located<String>, kind: Kind = .text,
                objectives: [Located<String>] = [], minutes: Int? = nil, tags: [String] = [],
                reviewOf: [Located<String>] = [], draft: Bool = false, since: Located<String>? = nil,
                file: Located<String>? = nil, subtitles: [(language: String, path: Located<String>)] = [],
                resources: [ExternalResource] = [], resource: ExternalResource? = nil,
                body: String = "", bodyLine: Int = 1, markdown: MarkdownSummary = .init(), range: SourceRange) {
        self.id = id
        self.path = path
        self.title = title
        self.kind = kind
        self.objectives = objectives
        self.minutes = minutes
        self.tags = tags
        self.reviewOf = reviewOf
        self.draft = draft
        self.since = since
        self.file = file
        self.subtitles = subtitles
        self.resources = resources
        self.resource = resource
        self.body = body
        self.bodyLine = bodyLine
        self.markdown = markdown
        self.range = range
    }
}

/// The parts of a Markdown body that checks and targets care about, found
/// in the one parse of the file.
public struct MarkdownSummary: Sendable {
    public struct Reference: Sendable {
        public var url: String
        public var alt: String
        public var range: SourceRange
        /// The address alone, inside `[text](url)`, when it could be found.
        public var urlRange: SourceRange?
        public init(url: String, alt: String, range: SourceRange, urlRange: SourceRange? = nil) {
            self.url = url
            self.alt = alt
            self.range = range
            self.urlRange = urlRange
        }
    }

    /// A heading of the body: its level (1 for `#`), where it is, and
    /// whether it is written with `#` marks (not underlined).
    public struct Heading: Sendable {
        public var level: Int
        public var range: SourceRange
        public var isATX: Bool
        public init(level: Int, range: SourceRange, isATX: Bool) {
            self.level = level
            self.range = range
            self.isATX = isATX
        }
    }

    public var images: [Reference] = []
    public var links: [Reference] = []
    /// The headings of the body, in order (top-level blocks of a lesson;
    /// every heading of a quiz).
    public var headings: [Heading] = []
    public var usesMath: Bool { !math.isEmpty }
    /// Every `$…$` / `$$…$$` expression of the body.
    public var math: [MathSource] = []
    public var rawHTML: [Located<String>] = []
    public init() {}
}

/// One math expression of a lesson, where it is, and where its TeX starts.
public struct MathSource: Sendable {
    public var tex: String
    public var display: Bool
    /// The whole expression, delimiters included.
    public var range: SourceRange
    /// Where the TeX itself starts, when the expression is on one line.
    public var texStart: SourcePosition?

    public init(tex: String, display: Bool, range: SourceRange, texStart: SourcePosition?) {
        self.tex = tex
        self.display = display
        self.range = range
        self.texStart = texStart
    }

    /// The source range of `length` UTF-8 bytes at `offset` in `tex`; the whole
    /// expression when the TeX spans lines.
    public func range(ofTeXBytes offset: Int, length: Int) -> SourceRange {
        guard let texStart else { return range }
        let utf8 = tex.utf8
        let before = utf8.prefix(max(offset, 0)).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let part = utf8.dropFirst(max(offset, 0)).prefix(max(length, 1)).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourceRange(file: range.file, line: texStart.line, column: texStart.column + before, length: part)
    }
}
