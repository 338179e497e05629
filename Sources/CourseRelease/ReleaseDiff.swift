import Foundation

/// Compares two sets of course snapshots. Items are matched by id, which
/// never changes once published, so a renamed file or a new title is never
/// mistaken for a removal and an addition.
public enum ReleaseDiff {
    public static func compare(old: [ContentSnapshot], new: [ContentSnapshot], from: String?, to: String) -> ChangeSet {
        var courses: [ChangeSet.CourseChanges] = []
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for course in new {
            courses.append(compare(oldByID[course.id], course))
        }
        let newIDs = Set(new.map(\.id))
        for course in old where !newIDs.contains(course.id) {
            var change = ChangeSet.CourseChanges(id: course.id, title: course.title, language: course.language,
                                                 status: .removed, oldVersion: course.version, oldDigest: course.digest)
            change.oldCounts = counts(course)
            courses.append(change)
        }
        return ChangeSet(from: from, to: to, courses: courses)
    }

    static func counts(_ s: ContentSnapshot) -> ChangeSet.Counts {
        .init(lessons: s.lessonCount, quizzes: s.quizCount, assessmentItems: s.assessmentItemCount)
    }

    static func compare(_ old: ContentSnapshot?, _ new: ContentSnapshot) -> ChangeSet.CourseChanges {
        var change = ChangeSet.CourseChanges(id: new.id, title: new.title, language: new.language, status: .added,
                                             newVersion: new.version, newDigest: new.digest)
        change.newCounts = counts(new)
        guard let old else { return change }
        change.oldVersion = old.version
        change.oldDigest = old.digest
        change.oldCounts = counts(old)
        change.status = old.digest == new.digest ? .unchanged : .changed
        if change.status == .unchanged { return change }
        change.detailsChanged = old.detailsDigest != new.detailsDigest

        let oldUnits = Dictionary(old.units.map { ($0.key, $0.title) }, uniquingKeysWith: { a, _ in a })
        let newUnits = Dictionary(new.units.map { ($0.key, $0.title) }, uniquingKeysWith: { a, _ in a })
        func ref(_ item: ContentSnapshot.Item, _ index: Int, _ units: [String: String]) -> ChangeSet.ItemRef {
            .init(kind: item.kind, id: item.id, title: item.title, unit: item.unit.flatMap { units[$0] }, position: index + 1)
        }
        let oldIndex = Dictionary(old.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.items.map(\.id))

        for (index, item) in new.items.enumerated() where oldIndex[item.id] == nil {
            change.added.append(ref(item, index, newUnits))
        }
        for (index, item) in old.items.enumerated() where !newIDs.contains(item.id) {
            change.removed.append(ref(item, index, oldUnits))
        }
        // An item moved if it changed unit, or if it is not part of the
        // longest run of kept items that stayed in the same relative
        // order (so inserting one lesson does not "move" all that follow).
        let keptOld = old.items.filter { newIDs.contains($0.id) }.map(\.id)
        let keptNew = new.items.filter { oldIndex[$0.id] != nil }.map(\.id)
        let stayed = longestCommonSubsequence(keptOld, keptNew)
        for (index, item) in new.items.enumerated() {
            guard let oldAt = oldIndex[item.id] else { continue }
            let before = old.items[oldAt]
            let unitChanged = before.unit != item.unit
            if unitChanged || !stayed.contains(item.id) {
                change.moved.append(.init(item: ref(item, index, newUnits),
                                          fromUnit: before.unit.flatMap { oldUnits[$0] }, fromPosition: oldAt + 1))
            }
            if before.title != item.title {
                change.retitled.append(.init(kind: item.kind, id: item.id, oldTitle: before.title, newTitle: item.title))
            }
            if before.contentDigest != item.contentDigest {
                change.edited.append(ref(item, index, newUnits))
            }
            change.resources += resourceChanges(before, item)
        }
        let assessment = compareAssessment(old.assessment, new.assessment)
        change.assessment = assessment.isEmpty ? nil : assessment
        return change
    }

    static func compareAssessment(_ old: ContentSnapshot.Item?, _ new: ContentSnapshot.Item?) -> ChangeSet.AssessmentChange {
        var result = ChangeSet.AssessmentChange()
        switch (old, new) {
        case (nil, nil): return result
        case (nil, .some(let item)): result.wholeAssessment = "added"; result.added = (item.questions ?? []).map(\.id)
        case (.some(let item), nil): result.wholeAssessment = "removed"; result.removed = (item.questions ?? []).map(\.id)
        case (.some(let before), .some(let after)):
            let oldQ = before.questions ?? [], newQ = after.questions ?? []
            let oldDigests = Dictionary(oldQ.map { ($0.id, $0.digest) }, uniquingKeysWith: { a, _ in a })
            let newIDs = Set(newQ.map(\.id))
            result.added = newQ.filter { oldDigests[$0.id] == nil }.map(\.id)
            result.removed = oldQ.filter { !newIDs.contains($0.id) }.map(\.id)
            result.edited = newQ.filter { q in oldDigests[q.id].map { $0 != q.digest } ?? false }.map(\.id)
            let keptOld = oldQ.map(\.id).filter { newIDs.contains($0) }
            let keptNew = newQ.map(\.id).filter { oldDigests[$0] != nil }
            result.reordered = keptOld != keptNew
            // The content digest also covers the items; compare what is left.
            result.settingsChanged = before.title != after.title ||
                (before.contentDigest != after.contentDigest && !result.itemsChanged)
        }
        return result
    }

    /// Resources are matched by title within a lesson (the title is what
    /// teachers see); a changed address is reported with both URLs.
    static func resourceChanges(_ old: ContentSnapshot.Item, _ new: ContentSnapshot.Item) -> [ChangeSet.ResourceChange] {
        let before = old.resources ?? [], after = new.resources ?? []
        var result: [ChangeSet.ResourceChange] = []
        for resource in after {
            if let previous = before.first(where: { $0.title == resource.title }) {
                if previous.url != resource.url {
                    result.append(.init(lesson: new.id, lessonTitle: new.title, title: resource.title,
                                        oldURL: previous.url, newURL: resource.url))
                }
            } else if !before.contains(where: { $0.url == resource.url }) {
                result.append(.init(lesson: new.id, lessonTitle: new.title, title: resource.title, oldURL: nil, newURL: resource.url))
            }
        }
        for resource in before where !after.contains(where: { $0.title == resource.title || $0.url == resource.url }) {
            result.append(.init(lesson: new.id, lessonTitle: new.title, title: resource.title, oldURL: resource.url, newURL: nil))
        }
        return result
    }

    /// Ids in the longest common subsequence of two id lists (n ≤ a few hundred per course).
    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Set<String> {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: Set<String> = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { result.insert(a[i]); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        return result
    }
}

extension ReleaseDiff {
    /// `changes.json` bytes: stable, like every JSON file of a release.
    public static func json(_ changes: ChangeSet) throws -> Data {
        try ReleaseWriter.stableJSON(changes)
    }
}
