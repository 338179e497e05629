/// Every target competency is taught, practised and assessed; every
/// syllabus unit a course maps to is taught.
public struct TargetCoverageCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] {
        [AlignmentRules.targetNotTaught, AlignmentRules.targetNotPractised, AlignmentRules.targetNotAssessed,
         AlignmentRules.syllabusUnitNotTaught]
    }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            let alignment = CourseAlignment(course: course, index: context.repository.curriculum)
            let path = course.id.range.file
            let minItems = context.policy.integer("min-items", for: AlignmentRules.targetNotAssessed, at: path, default: 1)
            for (code, entry) in alignment.competencyTargets {
                let name: Message = "target competency '\(code.value)'"
                if alignment.lessonCount(entry) == 0 {
                    context.sink.report(AlignmentRules.targetNotTaught, at: code.range,
                                        "\(name) is taught by no lesson; add it to the `objectives` of the lessons that teach it")
                }
                if alignment.practiceCount(entry) == 0 {
                    context.sink.report(AlignmentRules.targetNotPractised, at: code.range,
                                        "\(name) is practised by no practice-quiz question; tag one with objectives=\(code.value)")
                }
                let assessed = alignment.assessmentCount(entry)
                if assessed < minItems {
                    let what: Message = course.assessment == nil ? "the course has no assessment"
                        : assessed == 1 ? "1 assessment item assesses it" : "\(assessed) assessment items assess it"
                    let needed: Message = minItems == 1 ? "at least 1 assessment item" : "at least \(minItems) assessment items"
                    context.sink.report(AlignmentRules.targetNotAssessed, at: code.range, "\(name) needs \(needed); \(what)")
                }
            }
            for (subsystem, targets) in alignment.syllabusTargets {
                for (code, entry) in targets where alignment.lessonCount(entry) == 0 {
                    context.sink.report(AlignmentRules.syllabusUnitNotTaught, at: code.range,
                                        "syllabus unit '\(code.value)' (\(subsystem)) is taught by no lesson; add it to the `objectives` of the lessons that teach it")
                }
            }
        }
    }
}
