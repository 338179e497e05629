/// The words of the coverage report (headers, captions, marks), shared by
/// its text, HTML and CSV forms; each is a catalog message.
enum CoverageLabels {
    static let title: Message = "Curriculum coverage"
    static let lessons: Message = "Lessons"
    static let quizzes: Message = "Practice quizzes"
    static let quizItems: Message = "Practice questions"
    static let assessmentItems: Message = "Assessment items"
    static let minutes: Message = "Minutes of study"
    static let code: Message = "Code"
    static let statement: Message = "Statement"
    static let course: Message = "Course"
    static let total: Message = "Total"
    static let lessonsAndQuizzes: Message = "Lessons and quizzes"
    static let noTargets: Message = "The course declares no targets."
    static let noGaps: Message = "No gaps."
    static let gap: Message = "gap"
    static let competencies: Message = "Competencies"

    /// A course's totals in words: "2 lessons, 1 practice quiz (3 in all), …"
    /// (`inAll`: with the sum of lessons and quizzes).
    static func totals(_ t: CoverageReport.Totals, inAll: Bool) -> Message {
        let lessons: Message = t.lessons == 1 ? "1 lesson" : "\(t.lessons) lessons"
        let quizzes: Message = t.quizzes == 1 ? "1 practice quiz" : "\(t.quizzes) practice quizzes"
        let questions: Message = t.quizItems == 1 ? "1 practice question" : "\(t.quizItems) practice questions"
        let items: Message = t.assessmentItems == 1 ? "1 assessment item" : "\(t.assessmentItems) assessment items"
        let minutes: Message = t.minutes == 1 ? "1 minute of study" : "\(t.minutes) minutes of study"
        return inAll ? "\(lessons), \(quizzes) (\(t.lessonsAndQuizzes) in all), \(questions), \(items), \(minutes)"
            : "\(lessons), \(quizzes), \(questions), \(items), \(minutes)."
    }

    /// A section's caption: the competencies, or one subsystem's syllabus.
    static func title(of section: CoverageReport.Section) -> Message {
        section.kind == "competencies" ? competencies : "Syllabus (\(section.subsystem ?? ""))"
    }

    /// A gap's code in the CSV (`lessons`, `quizItems`, `assessmentItems`;
    /// `lecciones`, `preguntas`, `reactivos` in Spanish).
    static func gap(_ column: String) -> Message {
        switch column {
        case "lessons": "lessons"
        case "quizItems": "quizItems"
        case "assessmentItems": "assessmentItems"
        default: Message(verbatim: column)
        }
    }

    /// The CSV's section column for the competencies (a syllabus is its subsystem's id).
    static let competenciesCode: Message = "competencies"

    /// The CSV header row: short names a spreadsheet formula can refer to.
    static let csvHeader: [Message] = [
        "course", "section", "code", "statement", "lessons", "quiz_items", "assessment_items", "minutes", "gaps",
    ]
}
