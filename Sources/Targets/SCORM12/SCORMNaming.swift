import CourseKit
import CourseXML

/// Every identifier and file name the SCORM target writes, in one place, so
/// that uniqueness can be reasoned about at a glance. Course, lesson and
/// quiz ids are stable (`[a-z0-9-]`, checked by `coursec check`), so names
/// built from them are stable across builds and versions; `.` never occurs
/// in an id, so names that use it can never collide with one made from an id.
enum SCORMNaming {
    /// `manifest/@identifier`: the course and its version (a new version is a
    /// new package for the LMS); per-lesson packages add the SCO.
    static func manifestIdentifier(course: Course, sco: SCORMSCO? = nil) -> String {
        var text = "\(course.id.value)-v\(course.version.value)"
        if let sco { text += "-\(sco.kind)-\(sco.sourceID)" }
        return SCORMIdentifier.make(from: text)
    }

    static func organizationIdentifier(course: Course) -> String {
        SCORMIdentifier.make(from: "org-\(course.id.value)")
    }

    /// A unit with an id is named by it; one without by its position, with a
    /// `.` so the two forms cannot meet.
    static func unitIdentifier(_ unit: CourseUnit, index: Int) -> String {
        SCORMIdentifier.make(from: unit.id.map { "unit-\($0)" } ?? "unit.\(index + 1)")
    }

    static func itemIdentifier(_ sco: SCORMSCO) -> String {
        SCORMIdentifier.make(from: "item-\(sco.kind)-\(sco.sourceID)")
    }

    static func resourceIdentifier(_ sco: SCORMSCO) -> String {
        SCORMIdentifier.make(from: "res-\(sco.kind)-\(sco.sourceID)")
    }

    /// A dependency resource is named by its first file: every file belongs
    /// to exactly one resource, so the name is unique and only changes when
    /// the grouping does.
    static func sharedResourceIdentifier(firstFile: String) -> String {
        SCORMIdentifier.make(from: "shared.\(firstFile)")
    }

    /// Package file names from ids: ids are already safe, anything else is
    /// replaced so a hand-built model cannot write outside its folder.
    static func fileName(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-": out.unicodeScalars.append(scalar)
            case "A"..."Z": out += String(scalar).lowercased()
            default: out += "_"
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// `scorm12/<phase>/<course>.zip`.
    static func coursePackagePath(phase: Phase, course: Course) -> String {
        "scorm12/\(fileName(phase.id))/\(fileName(course.id.value)).zip"
    }

    /// `scorm12/<phase>/<course>/<NN>-<kind>-<id>.zip`: numbered in course
    /// order (the platform lists lessons as uploaded and admins upload in
    /// file order), with the kind so the two assessments differ.
    static func lessonPackagePath(phase: Phase, course: Course, sco: SCORMSCO, position: Int, count: Int) -> String {
        let width = max(2, String(count).count)
        let number = String(repeating: "0", count: max(0, width - String(position).count)) + String(position)
        return "scorm12/\(fileName(phase.id))/\(fileName(course.id.value))/\(number)-\(sco.kind)-\(fileName(sco.sourceID)).zip"
    }

    /// The runtime's name inside packages (what rendered pages reference).
    static let runtimePath = "scorm12-runtime.js"
    static let manifestPath = "imsmanifest.xml"
}
