/// One question of a quiz or assessment.
public struct QuizItem: Sendable {
    public enum QuestionType: String, Sendable, CaseIterable, Codable {
        case single, multiple, trueFalse = "true-false", fillBlanks = "fill"

        /// The platform's CSV name for the type.
        public var platformName: String {
            switch self {
            case .single: "Single choice"
            case .multiple: "Multiple choice"
            case .trueFalse: "True false"
            case .fillBlanks: "Fill blanks"
            }
        }
    }

    public enum Difficulty: String, Sendable, CaseIterable, Codable {
        case easy, medium, hard
    }

    public struct Option: Sendable {
        /// Markdown source of the option.
        public var text: String
        public var isCorrect: Bool
        public var explanation: String?
        public var range: SourceRange
        public init(text: String, isCorrect: Bool, explanation: String? = nil, range: SourceRange) {
            self.text = text
            self.isCorrect = isCorrect
            self.explanation = explanation
            self.range = range
        }
    }

    public struct Blank: Sendable {
        public enum Match: String, Sendable, Codable {
            case exact = "Exact match"
            case contains = "Contains"
        }
        public var answers: [String]
        public var match: Match
        public var range: SourceRange
        public init(answers: [String], match: Match, range: SourceRange) {
            self.answers = answers
            self.match = match
            self.range = range
        }
    }

    public var id: Located<String>
    public var type: QuestionType
    /// Markdown source of the stem; blanks are kept as written (`[[…]]`).
    public var stem: String
    public var objectives: [Located<String>]
    public var difficulty: Difficulty?
    public var options: [Option]
    public var blanks: [Blank]
    /// Explanation of the whole question (a blockquote after the options).
    public var explanation: String?
    public var range: SourceRange
    /// The options were lettered as on paper (`a) Joule`, CS0314) and are
    /// read with none marked right; the checks of right answers leave the
    /// question to that diagnostic.
    public var optionsLettered = false
    /// What the question means (its answer, its text without markup),
    /// decided once by `QuestionResolver` when the repository is loaded.
    public var resolved: ResolvedQuestion = .unresolved

    public init(id: Located<String>, type: QuestionType, stem: String, objectives: [Located<String>] = [],
                difficulty: Difficulty? = nil, options: [Option] = [], blanks: [Blank] = [],
                explanation: String? = nil, range: SourceRange) {
        self.id = id
        self.type = type
        self.stem = stem
        self.objectives = objectives
        self.difficulty = difficulty
        self.options = options
        self.blanks = blanks
        self.explanation = explanation
        self.range = range
    }

    /// Stem text with each blank replaced by `replacement` (the platform writes `|`).
    public func stem(replacingBlanksWith replacement: String) -> String {
        BlankSyntax.replaceBlanks(in: stem, with: replacement)
    }
}
