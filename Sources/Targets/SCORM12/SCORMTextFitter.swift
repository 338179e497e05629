import CourseKit
import CourseXML

/// Makes authors' text fit the manifest: removes characters XML 1.0 cannot
/// carry and cuts titles to SCORM 1.2's 200 characters, with the rules of
/// `SCORMText` and `SCORMTitle`. What it changes was reported by
/// `coursec check` (`SCORMPackagingCheck`, CS0801 and CS0802).
struct SCORMTextFitter: Sendable {
    /// A `<title>`: representable and at most 200 characters.
    func title(_ title: Located<String>) -> String {
        SCORMTitle.limit(text(title.value, at: title.range)).title
    }

    /// Free text (descriptions, keywords): representable, no length limit.
    func text(_ value: String, at range: SourceRange) -> String {
        SCORMText.representable(value).text
    }
}
