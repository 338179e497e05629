/// Pre/post statistics of matched learners: mean scores, the mean gain
/// with its t-based 95% interval, Hake's normalized gain (class average
/// and mean of learners' gains, with a t-based interval), and Cohen's d_z
/// with a normal-approximation interval; overall, per competency and per
/// group.
enum GainAnalysis {
    /// One matched learner: taker numbers in the diagnostic and the final.
    struct Pair {
        var learner: Int
        var pre: Int
        var post: Int
    }

    static func pairs(_ pre: ScoredAdministration, _ post: ScoredAdministration) -> (pairs: [Pair], preOnly: Int, postOnly: Int) {
        var postTaker: [Int: Int] = [:]
        for (t, learner) in post.takers.enumerated() { postTaker[learner] = t }
        var pairs: [Pair] = []
        for (t, learner) in pre.takers.enumerated() {
            if let u = postTaker[learner] { pairs.append(Pair(learner: learner, pre: t, post: u)) }
        }
        pairs.sort { $0.learner < $1.learner }
        return (pairs, pre.count - pairs.count, post.count - pairs.count)
    }

    /// The statistics of a set of pre and post percent scores.
    static func gain(pre: [Double], post: [Double]) -> ResultsReport.Gain {
        let n = pre.count
        var result = ResultsReport.Gain(learners: n, learnersWithGain: 0)
        guard n > 0 else { return result }
        let gains = zip(post, pre).map { $0 - $1 }
        let meanPre = Describe.mean(pre), meanPost = Describe.mean(post), meanGain = Describe.mean(gains)
        result.meanPre = meanPre
        result.meanPost = meanPost
        result.meanGain = meanGain
        if meanPre < 100 { result.classNormalizedGain = (meanPost - meanPre) / (100 - meanPre) }
        if n > 1 {
            let sd = Describe.sd(gains)
            result.sdGain = sd
            let t = StudentT.quantile(0.975, df: Double(n - 1))
            let half = t * sd / Double(n).squareRoot()
            result.gainLow = meanGain - half
            result.gainHigh = meanGain + half
            if sd > 0 {
                let d = meanGain / sd
                let se = (1 / Double(n) + d * d / (2 * Double(n))).squareRoot()
                result.effectSize = d
                result.effectLow = d - StudentT.z975 * se
                result.effectHigh = d + StudentT.z975 * se
            }
        }
        let learnerGains = zip(pre, post).filter { $0.0 < 100 }.map { ($0.1 - $0.0) / (100 - $0.0) }
        result.learnersWithGain = learnerGains.count
        if !learnerGains.isEmpty {
            let mean = Describe.mean(learnerGains)
            result.learnerNormalizedGain = mean
            if learnerGains.count > 1 {
                let half = StudentT.quantile(0.975, df: Double(learnerGains.count - 1)) * Describe.sd(learnerGains)
                    / Double(learnerGains.count).squareRoot()
                result.learnerGainLow = mean - half
                result.learnerGainHigh = mean + half
            }
        }
        return result
    }

    /// Matched learners by percent score in tenths (0–9; 10 is 100%).
    static func histogram(_ scores: [Double]) -> [Int] {
        var bins = [Int](repeating: 0, count: 11)
        for score in scores { bins[min(10, max(0, Int((score / 10).rounded(.down))))] += 1 }
        return bins
    }
}
