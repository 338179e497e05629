import Testing
@testable import CourseKit

/// Prefix filtering finds the same first similar stem as comparing every
/// pair, for any threshold; the pairwise comparison is the oracle.
@Suite struct SimilarStemIndexTests {
    static func pairwise(_ stems: [Set<String>], threshold: Double) -> [SimilarStemIndex.Match?] {
        stems.indices.map { j in
            for i in 0..<j {
                let similarity = StemSimilarity.similarity(stems[i], stems[j])
                if similarity >= threshold { return SimilarStemIndex.Match(earlier: i, similarity: similarity) }
            }
            return nil
        }
    }

    @Test(arguments: [0.0, 0.1, 0.34, 0.5, 0.6, 0.75, 0.9, 0.95, 1.0])
    func agreesWithComparingEveryPair(threshold: Double) {
        var random = SplitMix(seed: UInt64(threshold * 1000) + 7)
        // Small vocabularies and near-copies make many similar pairs, at
        // every level of similarity; empty stems are included.
        for round in 0..<40 {
            let vocabulary = 3 + round % 12
            var stems: [Set<String>] = []
            for _ in 0..<(5 + round) {
                if !stems.isEmpty, random.next() % 3 == 0 {
                    var copy = stems[Int(random.next() % UInt64(stems.count))]
                    if let word = copy.first, random.next() % 2 == 0 { copy.remove(word) }
                    copy.insert("w\(random.next() % UInt64(vocabulary))")
                    stems.append(copy)
                } else {
                    let size = Int(random.next() % 8)
                    stems.append(Set((0..<size).map { _ in "w\(random.next() % UInt64(vocabulary))" }))
                }
            }
            #expect(SimilarStemIndex.firstSimilar(stems, threshold: threshold) == Self.pairwise(stems, threshold: threshold),
                    "threshold \(threshold), round \(round): \(stems)")
        }
    }

    @Test func thresholdsOutsideZeroToOneNeverTrap() {
        let stems: [Set<String>] = [["a", "b"], ["a", "b"], [], ["c"]]
        for threshold in [1.5, 1e308, .infinity, .nan] {
            #expect(SimilarStemIndex.firstSimilar(stems, threshold: threshold).allSatisfy { $0 == nil })
        }
        #expect(SimilarStemIndex.firstSimilar(stems, threshold: -3) == Self.pairwise(stems, threshold: -3))
    }
}

/// A small deterministic generator (SplitMix64) for the randomised tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
