/// What one course addresses, resolved against the curriculum index once:
/// for every framework entry, the lessons, practice questions and
/// assessment items that address it or one of its sub-items. Draft lessons
/// and quizzes are left out: they are not published. Unknown and ambiguous
/// codes are skipped here (`CodeResolutionCheck` reports them).
public struct CourseAlignment: Sendable {
    public let course: Course
    /// Published lessons in outline order.
    public let lessons: [Lesson]
    /// Entry → indices into `lessons`.
    public private(set) var lessonsByEntry: [Int: [Int]] = [:]
    public private(set) var practiceItemsByEntry: [Int: Int] = [:]
    public private(set) var assessmentItemsByEntry: [Int: Int] = [:]
    public private(set) var minutesByEntry: [Int: Int] = [:]
    /// Target competencies, resolved, with where they are written.
    public private(set) var competencyTargets: [(code: Located<String>, entry: Int)] = []
    /// Per subsystem, the resolved syllabus targets.
    public private(set) var syllabusTargets: [(subsystem: String, targets: [(code: Located<String>, entry: Int)])] = []

    public init(course: Course, index: CurriculumIndex) {
        self.course = course
        lessons = course.lessons.filter { !$0.draft }
        // A course writes the same few codes hundreds of times: each is
        // resolved, with its ancestors, once.
        var resolved: [String: [Int]] = [:]
        func covered(_ codes: [Located<String>]) -> [Int] {
            func entries(_ code: String) -> [Int] {
                if let known = resolved[code] { return known }
                let found = index.index(of: code).map { index.selfAndAncestors($0) } ?? []
                resolved[code] = found
                return found
            }
            if codes.count == 1 { return entries(codes[0].value) }
            var seen = Set<Int>()
            return codes.flatMap { entries($0.value) }.filter { seen.insert($0).inserted }
        }
        for (position, lesson) in lessons.enumerated() {
            for entry in covered(lesson.objectives) {
                lessonsByEntry[entry, default: []].append(position)
                minutesByEntry[entry, default: 0] += lesson.minutes ?? 0
            }
        }
        for quiz in course.quizzes where !quiz.draft {
            for item in quiz.items {
                for entry in covered(item.objectives) { practiceItemsByEntry[entry, default: 0] += 1 }
            }
        }
        for item in course.assessment?.items ?? [] {
            for entry in covered(item.objectives) { assessmentItemsByEntry[entry, default: 0] += 1 }
        }
        competencyTargets = course.targets.competencies.compactMap { code in index.index(of: code.value).map { (code, $0) } }
        syllabusTargets = course.targets.syllabus.map { pair in
            (pair.subsystem.value, pair.codes.compactMap { code in index.index(of: code.value).map { (code, $0) } })
        }
    }

    /// The entries a list of codes addresses, with their ancestors, each once:
    /// a lesson on `M1` also counts for the field `M1` belongs to.
    static func covered(_ codes: [Located<String>], _ index: CurriculumIndex) -> Set<Int> {
        var result = Set<Int>()
        for code in codes {
            if let entry = index.index(of: code.value) { result.formUnion(index.selfAndAncestors(entry)) }
        }
        return result
    }

    public var hasTargets: Bool { !course.targets.competencies.isEmpty || course.targets.syllabus.contains { !$0.codes.isEmpty } }

    public func lessonCount(_ entry: Int) -> Int { lessonsByEntry[entry]?.count ?? 0 }
    public func practiceCount(_ entry: Int) -> Int { practiceItemsByEntry[entry] ?? 0 }
    public func assessmentCount(_ entry: Int) -> Int { assessmentItemsByEntry[entry] ?? 0 }
    public func minutes(_ entry: Int) -> Int { minutesByEntry[entry] ?? 0 }
}
