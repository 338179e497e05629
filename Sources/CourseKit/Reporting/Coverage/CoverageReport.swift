/// Per course, how its target competencies and syllabus units are taught,
/// practised and assessed: the matrix behind `coursec coverage`. Computed
/// from the same `CourseAlignment` the alignment checks use, so the report
/// and the diagnostics always agree.
public struct CoverageReport: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var code: String
        public var statement: String
        public var lessons: Int
        /// nil for syllabus units: questions are tagged with competencies,
        /// and syllabus units are mapped through lessons.
        public var quizItems: Int?
        public var assessmentItems: Int?
        public var minutes: Int
        /// Which columns fall short: `lessons`, `quizItems`, `assessmentItems`.
        public var gaps: [String]
    }

    public struct Section: Sendable, Encodable {
        /// "Competencias" or the subsystem's syllabus, e.g. "Programa dgb".
        public var title: String
        /// `competencies` or `syllabus`.
        public var kind: String
        public var subsystem: String?
        public var rows: [Row]
    }

    /// Counts in the style of the programme's published table.
    public struct Totals: Sendable, Encodable {
        public var lessons: Int
        public var quizzes: Int
        public var lessonsAndQuizzes: Int
        public var quizItems: Int
        public var assessmentItems: Int
        public var minutes: Int
    }

    public struct CourseCoverage: Sendable, Encodable {
        public var id: String
        public var title: String
        public var totals: Totals
        public var sections: [Section]
        public var gapCount: Int { sections.reduce(0) { $0 + $1.rows.filter { !$0.gaps.isEmpty }.count } }
    }

    public var repository: String
    public var language: String
    public var courses: [CourseCoverage]

    /// `courseID` limits the report to one course (nil: every course).
    public init(_ repository: Repository, courseID: String? = nil) {
        self.repository = repository.name
        language = repository.language
        let index = repository.curriculum
        courses = repository.courses.filter { courseID == nil || $0.id.value == courseID }.map { course in
            let alignment = CourseAlignment(course: course, index: index)
            let minItems = repository.policy.integer("min-items", for: AlignmentRules.targetNotAssessed,
                                                     at: course.id.range.file, default: 1)
            func row(_ code: Located<String>, _ entry: Int, syllabus: Bool) -> Row {
                var row = Row(code: code.value, statement: index.entries[entry].statement,
                              lessons: alignment.lessonCount(entry),
                              quizItems: syllabus ? nil : alignment.practiceCount(entry),
                              assessmentItems: syllabus ? nil : alignment.assessmentCount(entry),
                              minutes: alignment.minutes(entry), gaps: [])
                if row.lessons == 0 { row.gaps.append("lessons") }
                if let n = row.quizItems, n == 0 { row.gaps.append("quizItems") }
                if let n = row.assessmentItems, n < minItems { row.gaps.append("assessmentItems") }
                return row
            }
            var sections = [Section(title: "Competencias", kind: "competencies", subsystem: nil,
                                    rows: alignment.competencyTargets.map { row($0.code, $0.entry, syllabus: false) })]
            for (subsystem, targets) in alignment.syllabusTargets {
                sections.append(Section(title: "Programa \(subsystem)", kind: "syllabus", subsystem: subsystem,
                                        rows: targets.map { row($0.code, $0.entry, syllabus: true) }))
            }
            let quizzes = course.quizzes.filter { !$0.draft }
            let totals = Totals(lessons: alignment.lessons.count, quizzes: quizzes.count,
                                lessonsAndQuizzes: alignment.lessons.count + quizzes.count,
                                quizItems: quizzes.reduce(0) { $0 + $1.items.count },
                                assessmentItems: course.assessment?.items.count ?? 0,
                                minutes: alignment.lessons.reduce(0) { $0 + ($1.minutes ?? 0) })
            return CourseCoverage(id: course.id.value, title: course.title.value, totals: totals, sections: sections)
        }
    }
}
