/// The names from the sources that become parts of output paths: phase,
/// course, unit, lesson, quiz and assessment ids, and subtitle languages.
/// A build renders nothing until every one of them has passed: the loader
/// reports a bad one (CS0104) and the check refuses the build, but the
/// targets start while the checks run, so they must not meet one first.
extension Repository {
    /// Where the first name that cannot be used in a path is, or nil when
    /// all of them can. Ids must have the id syntax (lowercase letters,
    /// digits, single hyphens), which is stricter than `PathName`.
    public var firstUnsafeOutputName: SourceRange? {
        for phase in phases where !IDSyntax.isValid(phase.id) { return phase.range }
        for course in courses {
            if !IDSyntax.isValid(course.id.value) { return course.id.range }
            for unit in course.units {
                if let id = unit.id, !IDSyntax.isValid(id) { return unit.range }
            }
            for item in course.items where !IDSyntax.isValid(item.id.value) { return item.id.range }
            if let assessment = course.assessment, !IDSyntax.isValid(assessment.id.value) { return assessment.id.range }
            for lesson in course.lessons {
                for subtitle in lesson.subtitles where !LanguageTag.isValid(subtitle.language) { return subtitle.path.range }
            }
        }
        return nil
    }
}
