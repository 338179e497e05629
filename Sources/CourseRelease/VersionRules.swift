import CourseKit

/// The version rules between consecutive releases: content that changed
/// needs a higher version, a version never goes down, and unchanged content
/// keeps its version (a raised version without a change is only a warning).
/// Versions are how the platform, analytics and teachers tell one state of
/// a course from another, so two different contents must never share one.
public enum VersionRules {
    public struct Outcome: Sendable, Equatable {
        public var errors: [Message] = []
        public var warnings: [Message] = []
    }

    public static func check(previous: [ReleaseManifest.CourseEntry], changes: ChangeSet) -> Outcome {
        var outcome = Outcome()
        let before = Dictionary(previous.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for course in changes.courses where course.status != .removed {
            guard let old = before[course.id], let newText = course.newVersion,
                  let newVersion = SemanticVersion(newText) else { continue }
            guard let oldVersion = SemanticVersion(old.version) else {
                outcome.errors.append("\(course.id): the previous release has an unreadable version '\(old.version)'")
                continue
            }
            let changed = old.contentDigest != course.newDigest
            if newVersion < oldVersion {
                outcome.errors.append("\(course.id): version \(newVersion.description) is lower than \(oldVersion.description) in the previous release; versions never go down")
            } else if changed && newVersion == oldVersion {
                outcome.errors.append("\(course.id): the content changed since the previous release (\(summary(course))) but the version is still \(oldVersion.description); raise it in course.yaml (e.g. to \(suggestion(oldVersion, course).description))")
            } else if !changed && newVersion != oldVersion {
                outcome.warnings.append("\(course.id): version raised from \(oldVersion.description) to \(newVersion.description) but the content did not change")
            }
        }
        return outcome
    }

    /// A short account of a course's changes, for messages.
    static func summary(_ c: ChangeSet.CourseChanges) -> Message {
        var parts: [Message] = []
        if !c.added.isEmpty { parts.append("added \(c.added.map(\.id).joined(separator: ", "))") }
        if !c.removed.isEmpty { parts.append("removed \(c.removed.map(\.id).joined(separator: ", "))") }
        if !c.moved.isEmpty { parts.append("\(c.moved.count) moved") }
        if !c.retitled.isEmpty { parts.append("\(c.retitled.count) retitled") }
        if !c.edited.isEmpty { parts.append("\(c.edited.count) edited") }
        if let a = c.assessment, a.itemsChanged { parts.append("assessment items changed") }
        if c.detailsChanged { parts.append("course details changed") }
        if !c.resources.isEmpty { parts.append("\(c.resources.count) resource URLs changed") }
        guard let first = parts.first else { return "content edited" }
        return parts.dropFirst().reduce(first) { "\($0); \($1)" }
    }

    /// Assessment item changes break score comparability: a major version.
    /// New, removed or moved items change the course's shape: a minor one.
    /// Anything else is a patch.
    static func suggestion(_ v: SemanticVersion, _ c: ChangeSet.CourseChanges) -> SemanticVersion {
        if let a = c.assessment, a.itemsChanged { return SemanticVersion(major: v.major + 1, minor: 0, patch: 0) }
        if !c.added.isEmpty || !c.removed.isEmpty || !c.moved.isEmpty {
            return SemanticVersion(major: v.major, minor: v.minor + 1, patch: 0)
        }
        return SemanticVersion(major: v.major, minor: v.minor, patch: v.patch + 1)
    }
}
