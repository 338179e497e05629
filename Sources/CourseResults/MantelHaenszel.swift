import Foundation

/// Mantel–Haenszel differential item functioning: a focal group against
/// everyone else, matched on total score. Reports the ETS delta
/// (Δ = −2.35 ln α_MH; negative when the item is harder for the focal
/// group than for others of the same score) and the continuity-corrected
/// MH χ² with its p-value (1 degree of freedom).
struct MantelHaenszel: Sendable, Equatable {
    var delta: Double
    var chiSquare: Double
    var p: Double

    /// `focal[t]` says whether taker t is in the focal group; strata are total scores.
    static func compute(right: (Int) -> Bool, focal: [Bool], totals: [Int], maxTotal: Int) -> MantelHaenszel? {
        // Per stratum: reference right/wrong, focal right/wrong.
        var a = [Double](repeating: 0, count: maxTotal + 1), b = a, c = a, d = a
        for t in focal.indices {
            let s = totals[t]
            switch (focal[t], right(t)) {
            case (false, true): a[s] += 1
            case (false, false): b[s] += 1
            case (true, true): c[s] += 1
            case (true, false): d[s] += 1
            }
        }
        var numerator = 0.0, denominator = 0.0, sumA = 0.0, sumE = 0.0, sumV = 0.0
        for s in 0...maxTotal {
            let n = a[s] + b[s] + c[s] + d[s]
            guard n >= 2 else { continue }
            numerator += a[s] * d[s] / n
            denominator += b[s] * c[s] / n
            let reference = a[s] + b[s], focalCount = c[s] + d[s], rightCount = a[s] + c[s], wrongCount = b[s] + d[s]
            sumA += a[s]
            sumE += reference * rightCount / n
            sumV += reference * focalCount * rightCount * wrongCount / (n * n * (n - 1))
        }
        guard numerator > 0, denominator > 0, sumV > 0 else { return nil }
        let alpha = numerator / denominator
        let deviation = max(0, abs(sumA - sumE) - 0.5)
        let chiSquare = deviation * deviation / sumV
        return MantelHaenszel(delta: -2.35 * log(alpha), chiSquare: chiSquare, p: erfc((chiSquare / 2).squareRoot()))
    }
}
