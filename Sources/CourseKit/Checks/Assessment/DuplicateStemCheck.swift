/// No two questions of one assessment have the same or nearly the same
/// stem. Pairwise within one assessment (at most a few dozen items), never
/// across a course.
public struct DuplicateStemCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AssessmentRules.duplicateStem] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            guard let assessment = course.assessment else { continue }
            let threshold = context.policy.double("similarity", for: AssessmentRules.duplicateStem,
                                                  at: assessment.path, default: 0.9)
            let words = assessment.items.map { StemSimilarity.words($0.stem) }
            for j in assessment.items.indices {
                for i in 0..<j {
                    let similarity = StemSimilarity.similarity(words[i], words[j])
                    guard similarity >= threshold else { continue }
                    let first = assessment.items[i], item = assessment.items[j]
                    let how: Message = similarity >= 1 ? "the same stem as" : "nearly the same stem as (\(Int((similarity * 100).rounded()))% of words shared)"
                    context.sink.report(AssessmentRules.duplicateStem, at: item.range,
                                        "question '\(item.id.value)' has \(how) question '\(first.id.value)'",
                                        notes: [.init(range: first.range, message: "question '\(first.id.value)'")])
                    break
                }
            }
        }
    }
}
