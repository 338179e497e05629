import CourseKit

/// What a release published of one course, reduced to what `diff` needs to
/// explain a change to teachers without the sources: the outline with ids,
/// titles and digests, assessment items, and external resource URLs; and
/// what `results` needs to score learners' responses against the version
/// they took: each item's answer key, competencies and source position.
/// Written to `content/<course>.json` in every release.
public struct ContentSnapshot: Codable, Sendable, Equatable {
    public struct Unit: Codable, Sendable, Equatable {
        public var id: String?
        public var title: String
        /// Key used to tell units apart: the id, or the title when there is none.
        public var key: String { id ?? title }
    }

    public struct Question: Codable, Sendable, Equatable {
        public var id: String
        public var digest: String
        /// The answer key as shipped, with the number of options (absent
        /// in snapshots written before releases recorded it).
        public var key: ItemKey?
        public var objectives: [String]?
        /// Where the item's id is written in the released sources.
        public var source: SourceRange?

        public init(id: String, digest: String, key: ItemKey? = nil, objectives: [String]? = nil, source: SourceRange? = nil) {
            self.id = id
            self.digest = digest
            self.key = key
            self.objectives = objectives
            self.source = source
        }

        /// The question of a quiz item, its key derived as `results` scores it.
        public init(_ item: QuizItem, digest: String) {
            self.init(id: item.id.value, digest: digest, key: ItemKey(item), objectives: item.objectives.map(\.value),
                      source: item.id.range)
        }
    }

    public struct Resource: Codable, Sendable, Equatable {
        public var title: String
        public var provider: String
        public var url: String
    }

    public struct Item: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case lesson, quiz, assessment }
        public var kind: Kind
        public var id: String
        public var title: String
        /// Key of the unit it belongs to (nil for the assessment).
        public var unit: String?
        /// Digest of everything that is published, title included.
        public var digest: String
        /// Digest of everything but the title, so a retitled item is not
        /// also reported as edited.
        public var contentDigest: String
        public var questions: [Question]?
        public var resources: [Resource]?
    }

    /// Bumped only if the meaning of a field changes.
    public var format = 1
    public var id: String
    public var title: String
    public var version: String
    public var language: String
    /// SHA-256 of the canonical serialization of all published content (see `ContentDigest`).
    public var digest: String
    /// Digest of the course details (description, platform settings, thumbnail…).
    public var detailsDigest: String
    public var units: [Unit]
    /// Lessons and quizzes in outline order.
    public var items: [Item]
    public var assessment: Item?

    public var lessonCount: Int { items.filter { $0.kind == .lesson }.count }
    public var quizCount: Int { items.filter { $0.kind == .quiz }.count }
    public var assessmentItemCount: Int { assessment?.questions?.count ?? 0 }
}
