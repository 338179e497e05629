/// What a course's responses files hold once read: for every assessment
/// given (the diagnostic, the final, practice quizzes), one compact cell per
/// learner and item. 25,000 learners × 40 items × 2 assessments take
/// 2 million cells, a few megabytes.
public struct ResponseTable: Sendable {
    /// Learner codes in order of first appearance.
    var learners = ByteInterner(capacity: 1024)
    public internal(set) var groupColumns: [String] = []
    /// Per grouping column: its values, and each learner's value (-1 none).
    var groupValues: [ByteInterner] = []
    var learnerGroups: [[Int32]] = []
    public internal(set) var administrations: [Administration]
    /// Rows read (header excluded), rows that were scored, responses left
    /// out because they belong to a later attempt of the same learner.
    public internal(set) var rowsRead = 0
    public internal(set) var rowsUsed = 0
    public internal(set) var laterAttemptResponses = 0

    public init(keys: AnswerKeys) {
        var list: [Administration] = []
        if let assessment = keys.assessment {
            list.append(Administration(kind: .diagnostic, key: assessment))
            list.append(Administration(kind: .final, key: assessment))
        }
        list += keys.quizzes.map { Administration(kind: .quiz, key: $0) }
        administrations = list
    }

    public var learnerCount: Int { learners.count }

    public func learnerCode(_ n: Int) -> String { learners.string(n) }

    public func administration(_ kind: Administration.Kind) -> Administration? {
        administrations.first { $0.kind == kind }
    }

    /// The learner's value in a grouping column, nil when none.
    public func group(_ column: Int, of learner: Int) -> String? {
        let value = learner < learnerGroups[column].count ? learnerGroups[column][learner] : -1
        return value < 0 ? nil : groupValues[column].string(Int(value))
    }

    mutating func addGroupColumn(_ name: String) -> Int {
        if let n = groupColumns.firstIndex(of: name) { return n }
        groupColumns.append(name)
        groupValues.append(ByteInterner())
        learnerGroups.append([])
        return groupColumns.count - 1
    }
}

/// One assessment as learners took it, with each learner's responses.
public struct Administration: Sendable {
    public enum Kind: String, Sendable, Codable {
        case diagnostic, final, quiz
    }

    /// Values of a cell besides a response: nothing received, an empty
    /// (omitted) response, a response that could not be read. Otherwise a
    /// choice cell holds the chosen options as bits and a fill-in cell
    /// holds 1 (right) or 0 (wrong).
    public enum Cell {
        public static let unset: UInt32 = .max
        public static let omitted: UInt32 = 0x8000_0000
        public static let malformed: UInt32 = 0x8000_0001
        public static func isResponse(_ cell: UInt32) -> Bool { cell & 0x8000_0000 == 0 }
    }

    public var kind: Kind
    public var key: QuizKey
    /// Learner-major cells: `cells[learner * itemCount + item]`.
    var cells: [UInt32] = []
    /// Where each cell came from: file index << 40 | line.
    var origins: [UInt64] = []
    /// The attempt kept for each learner (0: did not take it).
    var attempts: [Int32] = []
    var itemIndex = ByteInterner()

    init(kind: Kind, key: QuizKey) {
        self.kind = kind
        self.key = key
        for item in key.items { itemIndex.intern(item.id) }
    }

    public var itemCount: Int { key.items.count }

    /// What reports call it: "diagnostic", "final" or the quiz id.
    public var name: String { kind == .quiz ? key.id : kind.rawValue }

    public func took(_ learner: Int) -> Bool { learner < attempts.count && attempts[learner] > 0 }

    public func cell(_ learner: Int, _ item: Int) -> UInt32 { cells[learner * itemCount + item] }

    /// Whether the cell is a right answer.
    public func isRight(_ cell: UInt32, item: Int) -> Bool {
        guard Cell.isResponse(cell) else { return false }
        let key = self.key.items[item].key
        return key.kind == .fill ? cell == 1 : cell == key.rightMask
    }

    mutating func ensureLearner(_ learner: Int) {
        guard learner >= attempts.count else { return }
        let newCount = max(learner + 1, attempts.count * 2, 64)
        attempts += [Int32](repeating: 0, count: newCount - attempts.count)
        cells += [UInt32](repeating: Cell.unset, count: newCount * itemCount - cells.count)
        origins += [UInt64](repeating: 0, count: newCount * itemCount - origins.count)
    }
}
