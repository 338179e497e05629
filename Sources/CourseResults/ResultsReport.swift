/// Everything `coursec results` computes, in one serializable value: the
/// JSON output is this value, and the text, CSV and HTML reports render it,
/// so every format carries the same numbers. Statistics that are undefined
/// (a correlation of a constant, a reliability of one item) are absent.
public struct ResultsReport: Codable, Sendable {
    public struct Course: Codable, Sendable {
        public var id: String
        public var title: String
        public var version: String
        /// Where the keys come from: the sources (and phase) or a release.
        public var keys: String
    }

    public struct Input: Codable, Sendable {
        public var files: [String]
        public var rowsRead: Int
        public var rowsUsed: Int
        public var laterAttemptResponses: Int
        public var learners: Int
        /// Grouping columns found in the files, and those analysed (`--by`).
        public var groupColumns: [String]
        public var analysedBy: [String]
        public var minGroup: Int
    }

    public struct Option: Codable, Sendable {
        public var letter: String
        public var isKey: Bool
        public var share: Double
        public var upperShare: Double
        public var lowerShare: Double
        /// Correlation of choosing it with the score on the other items.
        public var discrimination: Double?
    }

    public struct Item: Codable, Sendable {
        public var number: Int
        public var id: String
        public var kind: String
        public var objectives: [String]
        public var file: String?
        public var line: Int?
        public var takers: Int
        /// Share of right answers (p).
        public var difficulty: Double
        /// Corrected item–total correlation (point-biserial with the rest score).
        public var discrimination: Double?
        /// p in the upper 27% minus p in the lower 27% (by total score).
        public var upperLower: Double?
        public var upperDifficulty: Double?
        public var lowerDifficulty: Double?
        /// Share of takers with no response (no row, or an empty one).
        public var omitted: Double
        /// Share of takers whose response could not be read (CS1005).
        public var invalid: Double
        public var options: [Option]?
    }

    /// A rule that fired on an item (CS1010–CS1014), after the policy.
    public struct Flag: Codable, Sendable {
        public var rule: String
        public var severity: String
        public var item: String
        public var message: String
    }

    public struct Assessment: Codable, Sendable {
        /// `diagnostic`, `final` or the practice quiz's id.
        public var name: String
        public var quizID: String
        public var title: String
        public var takers: Int
        public var items: [Item]
        /// Mean and standard deviation (÷ n − 1) of the percent score.
        public var meanScore: Double?
        public var sdScore: Double?
        /// KR-20 (Cronbach's α for right/wrong items).
        public var kr20: Double?
        /// Standard error of measurement, in items and in percent points.
        public var sem: Double?
        public var semPercent: Double?
        /// Learners by number of right answers, 0 … items.
        public var distribution: [Int]
        /// Size of the upper and lower groups (27% each).
        public var groupSize: Int
        public var flags: [Flag] = []
    }

    /// Pre/post statistics of a set of matched learners on a set of items.
    public struct Gain: Codable, Sendable {
        public var learners: Int
        public var meanPre: Double?
        public var meanPost: Double?
        public var meanGain: Double?
        public var sdGain: Double?
        /// 95% confidence interval of the mean gain (t-based).
        public var gainLow: Double?
        public var gainHigh: Double?
        /// Hake's class-average ⟨g⟩ = (post − pre) / (100 − pre), from the means.
        public var classNormalizedGain: Double?
        /// The mean of each learner's g (learners whose pre score was below 100).
        public var learnerNormalizedGain: Double?
        public var learnerGainLow: Double?
        public var learnerGainHigh: Double?
        public var learnersWithGain: Int
        /// Cohen's d_z = mean gain / SD of gains, with a 95% normal-approximation interval.
        public var effectSize: Double?
        public var effectLow: Double?
        public var effectHigh: Double?
    }

    public struct Competency: Codable, Sendable {
        public var code: String
        public var items: Int
        public var gain: Gain
    }

    public struct Group: Codable, Sendable {
        public var value: String
        public var gain: Gain
    }

    public struct GroupTable: Codable, Sendable {
        public var column: String
        public var groups: [Group]
        /// Groups with fewer matched learners than `minGroup`, not shown.
        public var suppressedGroups: Int
        public var suppressedLearners: Int
    }

    public struct Gains: Codable, Sendable {
        public var matched: Int
        public var diagnosticOnly: Int
        public var finalOnly: Int
        public var overall: Gain
        public var competencies: [Competency]
        public var groups: [GroupTable]
        /// Matched learners by pre and post percent score, in tenths (0–9, 10 = 100%).
        public var preHistogram: [Int]
        public var postHistogram: [Int]
    }

    /// One learner's scores, only with `--show-learners`.
    public struct Learner: Codable, Sendable {
        public var code: String
        public var pre: Double?
        public var post: Double?
    }

    public var course: Course
    public var input: Input
    public var assessments: [Assessment]
    public var gains: Gains?
    public var learners: [Learner]?
}
