/// Finds, for each stem, the first earlier stem whose words it shares at
/// least `threshold` of (`StemSimilarity`'s Jaccard index) without comparing
/// every pair, which made a large assessment quadratic.
///
/// Prefix filtering (Chaudhuri, Ganti and Kaushik, 2006): order every
/// stem's words by how few stems use them. Two stems with a Jaccard index
/// of at least t share at least ⌈t·|x|⌉ of the words of each, so the first
/// |x| − ⌈t·|x|⌉ + 1 words of each in that order have one word in common.
/// Only stems that share one of those rare words are compared; for real
/// assessments that is a handful per stem.
enum SimilarStemIndex {
    struct Match: Equatable {
        var earlier: Int
        var similarity: Double
    }

    /// For each stem, the smallest index of an earlier stem at least
    /// `threshold` similar to it, with their similarity; the same answer as
    /// comparing it with every earlier stem in order.
    static func firstSimilar(_ stems: [Set<String>], threshold: Double) -> [Match?] {
        var result = [Match?](repeating: nil, count: stems.count)
        // Similarity never exceeds 1; a threshold above it (or not a
        // number) is out of range, reported by the policy check.
        guard stems.count > 1, threshold <= 1 else { return result }
        if threshold <= 0 {
            // Every pair qualifies: each stem matches the first one.
            for j in 1..<stems.count { result[j] = Match(earlier: 0, similarity: StemSimilarity.similarity(stems[0], stems[j])) }
            return result
        }
        var ids: [String: Int] = [:]
        var frequency: [Int] = []
        let sets: [[Int]] = stems.map { words in
            words.map { word in
                if let id = ids[word] { frequency[id] += 1; return id }
                ids[word] = frequency.count
                frequency.append(1)
                return frequency.count - 1
            }.sorted()
        }
        var postings = [[Int]](repeating: [], count: frequency.count)
        var seenFor = [Int](repeating: -1, count: stems.count)
        var firstEmpty: Int?
        for j in sets.indices {
            let words = sets[j]
            guard !words.isEmpty else {
                // Two stems without words are the same (similarity 1).
                if let first = firstEmpty { result[j] = Match(earlier: first, similarity: 1) } else { firstEmpty = j }
                continue
            }
            let rare = words.sorted { (frequency[$0], $0) < (frequency[$1], $1) }
            // Rounded down a little so that floating point never shortens the prefix.
            let overlap = max(1, Int((threshold * Double(words.count) - 1e-9).rounded(.up)))
            var candidates: [Int] = []
            for word in rare.prefix(words.count - overlap + 1) {
                for i in postings[word] where seenFor[i] != j {
                    seenFor[i] = j
                    candidates.append(i)
                }
                postings[word].append(j)
            }
            for i in candidates.sorted() {
                let similarity = jaccard(sets[i], words)
                if similarity >= threshold {
                    result[j] = Match(earlier: i, similarity: similarity)
                    break
                }
            }
        }
        return result
    }

    /// `StemSimilarity.similarity` of two sorted lists of word ids.
    static func jaccard(_ a: [Int], _ b: [Int]) -> Double {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
