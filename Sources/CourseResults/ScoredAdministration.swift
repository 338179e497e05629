/// One administration reduced to right/wrong: the learners who took it (in
/// order of first appearance) and a 0/1 matrix, the input of every
/// statistic.
struct ScoredAdministration: Sendable {
    let administration: Administration
    /// Learner numbers of the takers.
    let takers: [Int]
    /// `right[t * itemCount + i]`: taker t answered item i right.
    let right: [UInt8]
    /// Number of right answers of each taker.
    let totals: [Int]
    let itemCount: Int

    init(_ administration: Administration) {
        self.administration = administration
        itemCount = administration.itemCount
        var takers: [Int] = []
        for learner in administration.attempts.indices where administration.attempts[learner] > 0 { takers.append(learner) }
        self.takers = takers
        var right = [UInt8](repeating: 0, count: takers.count * itemCount)
        var totals = [Int](repeating: 0, count: takers.count)
        for (t, learner) in takers.enumerated() {
            for i in 0..<itemCount where administration.isRight(administration.cell(learner, i), item: i) {
                right[t * itemCount + i] = 1
                totals[t] += 1
            }
        }
        self.right = right
        self.totals = totals
    }

    var count: Int { takers.count }

    func x(_ taker: Int, _ item: Int) -> Double { Double(right[taker * itemCount + item]) }

    /// Percent score of a taker on a subset of items (all by default).
    func percent(_ taker: Int, items: [Int]? = nil) -> Double {
        guard let items else { return itemCount == 0 ? 0 : 100 * Double(totals[taker]) / Double(itemCount) }
        guard !items.isEmpty else { return 0 }
        return 100 * Double(items.reduce(0) { $0 + Int(right[taker * itemCount + $1]) }) / Double(items.count)
    }
}
