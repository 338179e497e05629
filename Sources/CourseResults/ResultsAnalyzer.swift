import CourseKit

/// What to analyse and how to report it.
public struct ResultsOptions: Sendable {
    /// Grouping columns to break gains down by, and to look for differential items in.
    public var by: [String]
    /// Groups with fewer matched learners are not shown (privacy).
    public var minGroup: Int
    public var showLearners: Bool
    /// The repository's policy: rule severities and the flags' thresholds.
    public var policy: Policy
    /// The language of the flags' messages in the report.
    public var language: Language

    public init(by: [String] = [], minGroup: Int = 10, showLearners: Bool = false, policy: Policy = Policy(),
                language: Language = .es) {
        self.by = by
        self.minGroup = minGroup
        self.showLearners = showLearners
        self.policy = policy
        self.language = language
    }
}

/// Turns a table of responses into the report and the flags.
public enum ResultsAnalyzer {
    public struct Outcome: Sendable {
        public var report: ResultsReport
        /// Flags on the items, with the policy's severities applied.
        public var flags: [Diagnostic]
    }

    public static func analyse(_ table: ResponseTable, keys: AnswerKeys, files: [String], options: ResultsOptions) -> Outcome {
        let codes: (Int) -> ArraySlice<UInt8> = { table.learners.key($0) }
        let administrations = table.administrations.filter { $0.attempts.contains { $0 > 0 } }
        let scored = administrations.map(ScoredAdministration.init)
        var assessments = scored.map { ItemAnalysis.analyse($0, codes: codes) }
        let byColumns = options.by.compactMap { name in table.groupColumns.firstIndex(of: name) }

        var flags: [Diagnostic] = []
        let engine = DiagnosticEngine(policy: options.policy)
        for (n, s) in scored.enumerated() {
            var found = ItemFlags.flags(for: assessments[n], administration: s.administration, policy: options.policy)
            for column in byColumns {
                found += ItemFlags.differential(s, assessment: assessments[n], column: column, table: table, policy: options.policy)
            }
            found = engine.process(found)
            assessments[n].flags = found.map { d in
                let item = s.administration.key.items.first { $0.location == d.range }?.id ?? ""
                return ResultsReport.Flag(rule: d.id, severity: d.severity.rawValue, item: item, message: d.message.text(in: options.language))
            }
            flags += found
        }

        var gains: ResultsReport.Gains?
        var learners: [ResultsReport.Learner]?
        let pre = scored.first { $0.administration.kind == .diagnostic }
        let post = scored.first { $0.administration.kind == .final }
        if let pre, let post {
            gains = Self.gains(pre: pre, post: post, table: table, columns: byColumns, minGroup: options.minGroup)
        }
        if options.showLearners {
            var rows: [Int: ResultsReport.Learner] = [:]
            for (t, learner) in (pre?.takers ?? []).enumerated() {
                rows[learner] = .init(code: table.learnerCode(learner), pre: pre!.percent(t), post: nil)
            }
            for (t, learner) in (post?.takers ?? []).enumerated() {
                rows[learner, default: .init(code: table.learnerCode(learner), pre: nil, post: nil)].post = post!.percent(t)
            }
            learners = rows.values.sorted { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) }
        }
        let report = ResultsReport(
            course: .init(id: keys.courseID, title: keys.courseTitle, version: keys.version, keys: keys.origin),
            input: .init(files: files, rowsRead: table.rowsRead, rowsUsed: table.rowsUsed,
                         laterAttemptResponses: table.laterAttemptResponses, learners: table.learnerCount,
                         groupColumns: table.groupColumns, analysedBy: byColumns.map { table.groupColumns[$0] },
                         minGroup: options.minGroup),
            assessments: assessments, gains: gains, learners: learners)
        return Outcome(report: report, flags: flags)
    }

    static func gains(pre: ScoredAdministration, post: ScoredAdministration, table: ResponseTable, columns: [Int],
                      minGroup: Int) -> ResultsReport.Gains {
        let (pairs, preOnly, postOnly) = GainAnalysis.pairs(pre, post)
        func gain(_ subset: [GainAnalysis.Pair], items: [Int]? = nil) -> ResultsReport.Gain {
            GainAnalysis.gain(pre: subset.map { pre.percent($0.pre, items: items) },
                              post: subset.map { post.percent($0.post, items: items) })
        }
        var codes: [String] = []
        for item in pre.administration.key.items {
            for code in item.objectives where !codes.contains(code) { codes.append(code) }
        }
        let competencies = codes.map { code in
            let items = pre.administration.key.items.indices.filter { pre.administration.key.items[$0].objectives.contains(code) }
            return ResultsReport.Competency(code: code, items: items.count, gain: gain(pairs, items: items))
        }
        let groups = columns.map { column -> ResultsReport.GroupTable in
            var members: [String: [GainAnalysis.Pair]] = [:]
            for pair in pairs {
                if let value = table.group(column, of: pair.learner) { members[value, default: []].append(pair) }
            }
            let shown = members.filter { $0.value.count >= minGroup }
            let hidden = members.filter { $0.value.count < minGroup }
            return ResultsReport.GroupTable(
                column: table.groupColumns[column],
                groups: shown.keys.sorted().map { ResultsReport.Group(value: $0, gain: gain(shown[$0]!)) },
                suppressedGroups: hidden.count, suppressedLearners: hidden.values.reduce(0) { $0 + $1.count })
        }
        return ResultsReport.Gains(
            matched: pairs.count, diagnosticOnly: preOnly, finalOnly: postOnly, overall: gain(pairs),
            competencies: competencies, groups: groups,
            preHistogram: GainAnalysis.histogram(pairs.map { pre.percent($0.pre) }),
            postHistogram: GainAnalysis.histogram(pairs.map { post.percent($0.post) }))
    }
}
