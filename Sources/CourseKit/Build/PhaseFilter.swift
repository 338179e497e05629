/// What a phase publishes: content whose `since` is at or before the phase
/// and that is not a draft. Applied to the model before any target runs, so
/// no target can leak unpublished content.
public enum PhaseFilter {
    public static func apply(_ repository: Repository, phase: Phase) -> Repository {
        let limit = repository.phaseIndex(phase.id) ?? Int.max
        func published(_ since: Located<String>?, draft: Bool) -> Bool {
            if draft { return false }
            guard let since else { return true }
            return (repository.phaseIndex(since.value) ?? Int.max) <= limit
        }
        var result = repository
        result.courses = repository.courses.map { course in
            var course = course
            course.units = course.units.map { unit in
                var unit = unit
                unit.items = unit.items.filter { published($0.since, draft: $0.isDraft) }
                return unit
            }.filter { !$0.items.isEmpty }
            if let assessment = course.assessment, !published(assessment.since, draft: assessment.draft) {
                course.assessment = nil
            }
            return course
        }
        return result
    }
}
