import CourseKit

/// Classical item analysis of one administration: per item the difficulty
/// (p), the corrected item–total correlation, the upper–lower 27% index,
/// option shares overall and in both groups with each option's own
/// correlation, omissions; per assessment KR-20, the standard error of
/// measurement and the score distribution (definitions in docs/results.md).
enum ItemAnalysis {
    static let letters = Array("abcdefghijklmnopqrstuvwxyz")

    static func analyse(_ scored: ScoredAdministration, codes: (Int) -> ArraySlice<UInt8>) -> ResultsReport.Assessment {
        let administration = scored.administration
        let n = scored.count
        let k = scored.itemCount
        let totals = scored.totals.map(Double.init)

        // Upper and lower groups: takers by total score, highest first,
        // ties by learner code, so the groups never depend on file order.
        let order = (0..<n).sorted { a, b in
            scored.totals[a] != scored.totals[b] ? scored.totals[a] > scored.totals[b]
                : codes(scored.takers[a]).lexicographicallyPrecedes(codes(scored.takers[b]))
        }
        let groupSize = n >= 2 ? Int((0.27 * Double(n) + 0.5).rounded(.down)) : 0
        let upper = Array(order.prefix(groupSize)), lower = Array(order.suffix(groupSize))

        var items: [ResultsReport.Item] = []
        for (i, keyed) in administration.key.items.enumerated() {
            let xs = (0..<n).map { scored.x($0, i) }
            let rest = (0..<n).map { totals[$0] - xs[$0] }
            var omitted = 0, invalid = 0
            var chosen = [[Double]](repeating: [Double](repeating: 0, count: n), count: keyed.key.hasOptions ? keyed.key.optionCount : 0)
            for t in 0..<n {
                let cell = administration.cell(scored.takers[t], i)
                if cell == Administration.Cell.unset || cell == Administration.Cell.omitted { omitted += 1; continue }
                if cell == Administration.Cell.malformed { invalid += 1; continue }
                for option in chosen.indices where cell & (1 << UInt32(option)) != 0 { chosen[option][t] = 1 }
            }
            func share(_ values: [Double], _ group: [Int]) -> Double {
                group.isEmpty ? 0 : group.reduce(0) { $0 + values[$1] } / Double(group.count)
            }
            let options: [ResultsReport.Option]? = keyed.key.hasOptions ? chosen.indices.map { option in
                ResultsReport.Option(letter: String(letters[option]), isKey: keyed.key.right.contains(option),
                                     share: n == 0 ? 0 : chosen[option].reduce(0, +) / Double(n),
                                     upperShare: share(chosen[option], upper), lowerShare: share(chosen[option], lower),
                                     discrimination: Describe.correlation(chosen[option], rest))
            } : nil
            let up = groupSize > 0 ? share(xs, upper) : nil, low = groupSize > 0 ? share(xs, lower) : nil
            items.append(ResultsReport.Item(
                number: i + 1, id: keyed.id, kind: keyed.key.kind.rawValue, objectives: keyed.objectives,
                file: keyed.location?.file, line: keyed.location?.start.line, takers: n,
                difficulty: n == 0 ? 0 : xs.reduce(0, +) / Double(n),
                discrimination: Describe.correlation(xs, rest),
                upperLower: up.flatMap { u in low.map { u - $0 } }, upperDifficulty: up, lowerDifficulty: low,
                omitted: n == 0 ? 0 : Double(omitted) / Double(n), invalid: n == 0 ? 0 : Double(invalid) / Double(n),
                options: options))
        }

        var distribution = [Int](repeating: 0, count: k + 1)
        for total in scored.totals { distribution[total] += 1 }
        let percents = (0..<n).map { scored.percent($0) }
        var kr20: Double?
        let meanTotal = Describe.mean(totals)
        let variance = n > 0 ? totals.reduce(0) { $0 + ($1 - meanTotal) * ($1 - meanTotal) } / Double(n) : 0
        if k >= 2, n >= 2, variance > 0 {
            let pq = items.reduce(0) { $0 + $1.difficulty * (1 - $1.difficulty) }
            kr20 = Double(k) / Double(k - 1) * (1 - pq / variance)
        }
        let sdTotal = n > 1 ? Describe.sd(totals) : nil
        let sem = kr20.flatMap { r in sdTotal.map { $0 * (1 - r).squareRoot() } }
        return ResultsReport.Assessment(
            name: administration.name, quizID: administration.key.id, title: administration.key.title, takers: n,
            items: items, meanScore: n > 0 ? Describe.mean(percents) : nil, sdScore: n > 1 ? Describe.sd(percents) : nil,
            kr20: kr20, sem: sem, semPercent: sem.map { k > 0 ? 100 * $0 / Double(k) : 0 },
            distribution: distribution, groupSize: groupSize)
    }
}
