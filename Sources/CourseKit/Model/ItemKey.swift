/// The right answer of one item, in the terms the SCORM 1.2 runtime writes
/// responses in: option indices (letters `a`, `b`, … in responses), the
/// option that means "true" for true/false, and the accepted answers of
/// each blank.
///
/// Made from the question's resolved form (`QuizItem.resolved`), the same
/// answer the pages' keys and the platform's CSV are written from; it is
/// what releases record and `coursec results` scores against.
public struct ItemKey: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case single, multiple, trueFalse = "true-false", fill
    }

    public struct Blank: Codable, Sendable, Hashable {
        public var answers: [String]
        /// `true`: matched when the response contains an answer; else exact.
        public var contains: Bool
        public init(answers: [String], contains: Bool) {
            self.answers = answers
            self.contains = contains
        }
    }

    public var kind: Kind
    /// Number of options (0 for fill-in items).
    public var optionCount: Int
    /// 0-based indices of the right options.
    public var right: [Int]
    /// For true/false: the index of the option that means "true".
    public var trueOption: Int?
    public var blanks: [Blank]

    public init(kind: Kind, optionCount: Int, right: [Int], trueOption: Int? = nil, blanks: [Blank] = []) {
        self.kind = kind
        self.optionCount = optionCount
        self.right = right
        self.trueOption = trueOption
        self.blanks = blanks
    }

    public init(_ item: QuizItem) {
        let blanks = item.blanks.map { Blank(answers: $0.answers, contains: $0.match == .contains) }
        let kind: Kind = switch item.type {
        case .single: .single
        case .multiple: .multiple
        case .trueFalse: .trueFalse
        case .fillBlanks: .fill
        }
        var trueOption: Int?
        if case .trueFalse(_, let option) = item.resolved.answer { trueOption = option }
        self.init(kind: kind, optionCount: kind == .fill ? 0 : item.options.count, right: item.resolved.rightOptions,
                  trueOption: trueOption, blanks: kind == .fill ? blanks : [])
    }

    /// Options as a bit set (bit n = option n).
    public var rightMask: UInt32 {
        right.reduce(0) { $0 | (1 << UInt32($1)) }
    }

    /// Whether options are analysed one by one (choice and true/false items).
    public var hasOptions: Bool { kind != .fill }
}
