/// No two questions of one assessment have the same or nearly the same
/// stem. Within one assessment, never across a course; candidates are found
/// through their rarest words (`SimilarStemIndex`), not by comparing every pair.
public struct DuplicateStemCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.duplicateStem] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment else { continue }
            let threshold = context.policy.double("similarity", for: AssessmentRules.duplicateStem,
                                                  at: assessment.path, default: 0.9)
            let words = assessment.items.map { StemSimilarity.words($0.stem) }
            for (j, match) in SimilarStemIndex.firstSimilar(words, threshold: threshold).enumerated() {
                guard let match else { continue }
                let first = assessment.items[match.earlier], item = assessment.items[j]
                let how: Message = match.similarity >= 1 ? "the same stem as"
                    : "nearly the same stem as (\(Int((match.similarity * 100).rounded()))% of words shared)"
                context.sink.report(AssessmentRules.duplicateStem, at: item.range,
                                    "question '\(item.id.value)' has \(how) question '\(first.id.value)'",
                                    notes: [.init(range: first.range, message: "question '\(first.id.value)'")])
            }
        }
    }
}
