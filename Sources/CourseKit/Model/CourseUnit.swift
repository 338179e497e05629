/// A unit of a course: a titled, ordered group of lessons and quizzes.
public struct CourseUnit: Sendable {
    public var id: String?
    public var title: Located<String>
    public var items: [OutlineItem]
    public var range: SourceRange

    public init(id: String? = nil, title: Located<String>, items: [OutlineItem], range: SourceRange) {
        self.id = id
        self.title = title
        self.items = items
        self.range = range
    }
}

/// One entry of a course outline.
public enum OutlineItem: Sendable {
    case lesson(Lesson)
    case quiz(Quiz)

    public var lesson: Lesson? { if case .lesson(let l) = self { l } else { nil } }
    public var quiz: Quiz? { if case .quiz(let q) = self { q } else { nil } }

    public var id: Located<String> {
        switch self {
        case .lesson(let l): l.id
        case .quiz(let q): q.id
        }
    }

    public var title: String {
        switch self {
        case .lesson(let l): l.title.value
        case .quiz(let q): q.title.value
        }
    }

    public var path: String {
        switch self {
        case .lesson(let l): l.path
        case .quiz(let q): q.path
        }
    }

    public var since: Located<String>? {
        switch self {
        case .lesson(let l): l.since
        case .quiz(let q): q.since
        }
    }

    public var isDraft: Bool {
        switch self {
        case .lesson(let l): l.draft
        case .quiz(let q): q.draft
        }
    }
}
