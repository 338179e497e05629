/// Renders a `ChangeSet` as `CHANGES.md`: one section per course, written
/// for teachers and programme staff, with the assessment warning first
/// because it is the change with consequences for how results are read.
public enum ChangesRenderer {
    /// `title` names the release (the phase title); `language` is the
    /// repository's, used for the page heading.
    public static func markdown(_ changes: ChangeSet, title: String, language: String) -> String {
        let page = ChangesText.forLanguage(language)
        var out = "# \(page.title(title))\n\n"
        out += (changes.from.map(page.comparedWith) ?? page.firstRelease) + "\n"
        for course in changes.courses {
            out += "\n" + section(course, ChangesText.forLanguage(course.language))
        }
        return out
    }

    static func section(_ c: ChangeSet.CourseChanges, _ t: ChangesText) -> String {
        let version: String
        switch (c.oldVersion, c.newVersion) {
        case let (old?, new?) where old != new: version = t.versionChange(old, new)
        case let (_, v?), let (v?, nil): version = t.version(v)
        default: version = ""
        }
        var out = "## \(c.title) (`\(c.id)`) — \(version)\n\n"
        switch c.status {
        case .added: return out + t.courseAdded(c.newCounts ?? .init(lessons: 0, quizzes: 0, assessmentItems: 0)) + "\n"
        case .removed: return out + t.courseRemoved + "\n"
        case .unchanged: return out + t.noChanges + "\n"
        case .changed: break
        }
        if let a = c.assessment, a.itemsChanged { out += "> \(t.assessmentWarning)\n\n" }
        if let old = c.oldCounts, let new = c.newCounts, old.lessons + old.quizzes != new.lessons + new.quizzes {
            out += t.counts(old.lessons + old.quizzes, new.lessons + new.quizzes) + "\n\n"
        }
        if c.detailsChanged { out += t.details + "\n\n" }
        func item(_ r: ChangeSet.ItemRef) -> String {
            "\(t.kind(r.kind)) «\(r.title)» (`\(r.id)`)" + (r.unit.map { ", " + t.inUnit($0, r.position ?? 0) } ?? "")
        }
        var lists: [(String, [String])] = [
            (t.added, c.added.map(item)),
            (t.removed, c.removed.map(item)),
            (t.moved, c.moved.map { "\(t.kind($0.item.kind)) «\($0.item.title)» (`\($0.item.id)`): "
                + t.move($0.fromUnit, $0.fromPosition, $0.item.unit, $0.item.position ?? 0) }),
            (t.retitled, c.retitled.map { "\(t.kind($0.kind)) `\($0.id)`: «\($0.oldTitle)» → «\($0.newTitle)»" }),
            (t.edited, c.edited.map(item)),
        ]
        if let a = c.assessment {
            var lines: [String] = []
            if let whole = a.wholeAssessment { lines.append(t.wholeAssessment(whole)) }
            if a.wholeAssessment == nil {
                if !a.added.isEmpty { lines.append("\(t.questionsAdded): " + a.added.map { "`\($0)`" }.joined(separator: ", ")) }
                if !a.removed.isEmpty { lines.append("\(t.questionsRemoved): " + a.removed.map { "`\($0)`" }.joined(separator: ", ")) }
            }
            if !a.edited.isEmpty { lines.append("\(t.questionsEdited): " + a.edited.map { "`\($0)`" }.joined(separator: ", ")) }
            if a.reordered { lines.append(t.reordered) }
            if a.settingsChanged { lines.append(t.settingsChanged) }
            lists.append((t.assessment, lines))
        }
        lists.append((t.resources, c.resources.map { r in
            let change = switch (r.oldURL, r.newURL) {
            case let (old?, new?): "<\(old)> → <\(new)>"
            case let (nil, new?): "\(t.resourceNew): <\(new)>"
            case let (old?, nil): "\(t.resourceGone): <\(old)>"
            default: ""
            }
            return "«\(r.lessonTitle)» (`\(r.lesson)`) — «\(r.title)»: \(change)"
        }))
        let nonEmpty = lists.filter { !$0.1.isEmpty }
        if nonEmpty.isEmpty && !c.detailsChanged { out += t.noChanges + "\n\n" }
        for (heading, lines) in nonEmpty {
            out += "### \(heading)\n\n" + lines.map { "- \($0)\n" }.joined() + "\n"
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }
}
