/// What changed between two releases (or two source trees), per course, in
/// the terms teachers and programme staff use. Written as `changes.json`
/// and rendered as `CHANGES.md`.
public struct ChangeSet: Codable, Sendable, Equatable {
    public struct ItemRef: Codable, Sendable, Equatable {
        public var kind: ContentSnapshot.Item.Kind
        public var id: String
        public var title: String
        /// Title of its unit.
        public var unit: String?
        /// 1-based place in the course outline.
        public var position: Int?
    }

    public struct Move: Codable, Sendable, Equatable {
        public var item: ItemRef
        public var fromUnit: String?
        public var fromPosition: Int
    }

    public struct Retitle: Codable, Sendable, Equatable {
        public var kind: ContentSnapshot.Item.Kind
        public var id: String
        public var oldTitle: String
        public var newTitle: String
    }

    public struct AssessmentChange: Codable, Sendable, Equatable {
        public var added: [String] = []
        public var removed: [String] = []
        public var edited: [String] = []
        /// Same items, different order.
        public var reordered = false
        /// Pass percentage, attempts, shuffle, introduction or title changed.
        public var settingsChanged = false
        /// The assessment was introduced or withdrawn as a whole.
        public var wholeAssessment: String?

        /// A change to the items themselves: diagnostic and final scores
        /// are comparable only within one version of the items.
        public var itemsChanged: Bool {
            !added.isEmpty || !removed.isEmpty || !edited.isEmpty || reordered || wholeAssessment != nil
        }
        public var isEmpty: Bool { !itemsChanged && !settingsChanged }
    }

    public struct ResourceChange: Codable, Sendable, Equatable {
        public var lesson: String
        public var lessonTitle: String
        public var title: String
        public var oldURL: String?
        public var newURL: String?
    }

    public struct CourseChanges: Codable, Sendable, Equatable {
        public enum Status: String, Codable, Sendable { case added, removed, changed, unchanged }
        public var id: String
        public var title: String
        public var language: String
        public var status: Status
        public var oldVersion: String?
        public var newVersion: String?
        public var oldDigest: String?
        public var newDigest: String?
        public var detailsChanged = false
        public var added: [ItemRef] = []
        public var removed: [ItemRef] = []
        public var moved: [Move] = []
        public var retitled: [Retitle] = []
        public var edited: [ItemRef] = []
        public var assessment: AssessmentChange?
        public var resources: [ResourceChange] = []
        /// Lessons and quizzes published, before and after (progress is
        /// counted against this number on the platform).
        public var oldCounts: Counts?
        public var newCounts: Counts?

        public var contentChanged: Bool { oldDigest != newDigest }
    }

    public struct Counts: Codable, Sendable, Equatable {
        public var lessons: Int
        public var quizzes: Int
        public var assessmentItems: Int
    }

    /// What was compared: a phase id for releases, a folder for sources; nil for a first release.
    public var from: String?
    public var to: String
    public var courses: [CourseChanges]

    public var isEmpty: Bool { courses.allSatisfy { $0.status == .unchanged } }
}
