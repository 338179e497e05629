/// What a question means, decided once when the repository is loaded
/// (`QuestionResolver`) and read by every check and every target: the
/// question CSV, the SCORM answer key and the offline page's key cannot
/// disagree because none of them decides anything.
public struct ResolvedQuestion: Sendable, Hashable {
    public enum Answer: Sendable, Hashable {
        /// Single or multiple choice: the indices of the right options, in order.
        case options([Int])
        /// True/false: whether the statement is true, and which option is
        /// worded "true" (`Verdadero`, `Cierto`, `True`…): the page's key
        /// scores the option picked, the platform's CSV writes TRUE or FALSE.
        case trueFalse(isTrue: Bool, trueOption: Int)
        /// Fill in the blanks: the accepted answers of each blank, in order.
        case blanks([[String]])
        /// The question has a problem already reported (no right option, a
        /// true/false option that says neither): the build is refused.
        case unresolved
    }

    public var answer: Answer
    /// The stem as a reader sees it, markup removed and math made readable;
    /// each blank of a fill-in question is `___`.
    public var stem: String
    /// Each option's text, the same way.
    public var options: [String]
    /// The question's explanation and each option's, the same way.
    public var explanation: String?
    public var optionExplanations: [String?]

    public init(answer: Answer, stem: String, options: [String] = [], explanation: String? = nil,
                optionExplanations: [String?] = []) {
        self.answer = answer
        self.stem = stem
        self.options = options
        self.explanation = explanation
        self.optionExplanations = optionExplanations
    }

    public static let unresolved = ResolvedQuestion(answer: .unresolved, stem: "")

    /// The indices of the options marked right, whatever the type (empty for blanks).
    public var rightOptions: [Int] {
        switch answer {
        case .options(let indices): indices
        case .trueFalse(let isTrue, let trueOption): [isTrue ? trueOption : 1 - trueOption]
        case .blanks, .unresolved: []
        }
    }
}
