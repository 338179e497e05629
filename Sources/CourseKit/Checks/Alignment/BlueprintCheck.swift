import Foundation

/// The assessment's share of items per code matches its blueprint within
/// a tolerance (percentage points).
public struct BlueprintCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AlignmentRules.blueprintMismatch] }

    public func run(_ context: CheckContext) {
        let index = context.repository.curriculum
        for course in context.repository.courses {
            guard let assessment = course.assessment, !assessment.blueprint.isEmpty, !assessment.items.isEmpty else { continue }
            let tolerance = context.policy.double("tolerance", for: AlignmentRules.blueprintMismatch,
                                                  at: assessment.path, default: 5)
            var counts: [Int: Int] = [:]
            for item in assessment.items {
                for entry in CourseAlignment.covered(item.objectives, index) { counts[entry, default: 0] += 1 }
            }
            let total = assessment.items.count
            for (code, percent) in assessment.blueprint {
                guard let entry = index.index(of: code.value) else { continue }
                let count = counts[entry] ?? 0
                let actual = Double(count) * 100 / Double(total)
                guard abs(actual - percent.value) > tolerance + 1e-9 else { continue }
                context.sink.report(AlignmentRules.blueprintMismatch, at: percent.range,
                                    "the blueprint gives '\(code.value)' \(Self.format(percent.value))% of the assessment, but \(count) of \(total) items (\(Self.format(actual))%) assess it; tolerance ±\(Self.format(tolerance)) points")
            }
        }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
