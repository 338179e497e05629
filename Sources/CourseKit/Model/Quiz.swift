/// A practice quiz or the course assessment. The assessment is written once
/// and published twice (diagnostic and final) with the same items.
public struct Quiz: Sendable {
    public enum Kind: String, Sendable, Codable {
        case practice = "quiz"
        case assessment
    }

    public struct AssessmentSettings: Sendable, Codable, Hashable {
        public var passPercentage = 60
        public var attempts = 1
        public var shuffle = false
        public var showAnswers = false
        public init() {}
    }

    public var id: Located<String>
    public var path: String
    public var title: Located<String>
    public var kind: Kind
    public var since: Located<String>?
    public var draft: Bool
    public var items: [QuizItem]
    public var settings: AssessmentSettings
    /// Target share of items per code, in percent, e.g. `M1: 25%`.
    public var blueprint: [(code: Located<String>, percent: Located<Double>)]
    /// Markdown before the questions (instructions), if any.
    public var introduction: String
    public var range: SourceRange
    /// Inline `coursec-disable` comments in the body.
    public var suppressions: [Suppression] = []
    /// The images, links, math and raw HTML of the stems, options and
    /// explanations, for checks (targets render the question text itself).
    public var markdown = MarkdownSummary()

    public init(id: Located<String>, path: String, title: Located<String>, kind: Kind = .practice,
                since: Located<String>? = nil, draft: Bool = false, items: [QuizItem] = [],
                settings: AssessmentSettings = .init(), blueprint: [(code: Located<String>, percent: Located<Double>)] = [],
                introduction: String = "", range: SourceRange) {
        self.id = id
        self.path = path
        self.title = title
        self.kind = kind
        self.since = since
        self.draft = draft
        self.items = items
        self.settings = settings
        self.blueprint = blueprint
        self.introduction = introduction
        self.range = range
    }
}
