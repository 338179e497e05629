import CourseKit
import CourseRendering

/// Where each page of the offline course goes and how pages link to each
/// other: `index.html` and the teachers' `docente.html` at the root; lessons, practice quizzes and the two
/// publications of the assessment in folders one level down, so every page
/// but the index reaches shared files with `../`. Previous/next follow the
/// outline, with the diagnostic first and the final last (the platform
/// always puts the exam last).
struct OfflineSiteLayout {
    enum Page {
        case lesson(Lesson)
        case quiz(Quiz)
        case assessment(Quiz, QuizPageMode)
    }

    struct Entry {
        var page: Page
        /// Path inside the site, e.g. `lecciones/03-racionales.html`.
        var path: String
        var title: String
    }

    let course: Course
    let entries: [Entry]

    init(course: Course) {
        self.course = course
        let lessonWidth = max(2, String(course.lessons.count).count)
        let quizWidth = max(2, String(course.quizzes.count).count)
        var entries: [Entry] = []
        var lessonNumber = 0, quizNumber = 0
        if let assessment = course.assessment {
            entries.append(Entry(page: .assessment(assessment, .diagnostic), path: "evaluacion/diagnostica.html",
                                 title: "Evaluación diagnóstica"))
        }
        for item in course.items {
            switch item {
            case .lesson(let lesson):
                lessonNumber += 1
                entries.append(Entry(page: .lesson(lesson),
                                     path: "lecciones/\(Self.padded(lessonNumber, lessonWidth))-\(lesson.id.value).html",
                                     title: lesson.title.value))
            case .quiz(let quiz):
                quizNumber += 1
                entries.append(Entry(page: .quiz(quiz),
                                     path: "practicas/\(Self.padded(quizNumber, quizWidth))-\(quiz.id.value).html",
                                     title: quiz.title.value))
            }
        }
        if let assessment = course.assessment {
            entries.append(Entry(page: .assessment(assessment, .final), path: "evaluacion/final.html",
                                 title: "Evaluación final"))
        }
        self.entries = entries
    }

    /// The teachers' page, beside the index: it merges the learners'
    /// results files (`CourseRenderer.teacherPage`).
    static let teacherPage = "docente.html"

    /// Every page but the index sits one folder down.
    static let pagePrefix = "../"

    func navigation(at index: Int) -> PageNavigation {
        func link(_ i: Int) -> PageNavigation.Link? {
            entries.indices.contains(i) ? .init(title: entries[i].title, href: Self.pagePrefix + entries[i].path) : nil
        }
        return PageNavigation(previous: link(index - 1), next: link(index + 1),
                              index: .init(title: course.title.value, href: Self.pagePrefix + "index.html"))
    }

    /// Lesson Markdown path → href, for links between lessons.
    var pageLinks: [String: String] {
        var links: [String: String] = [:]
        for entry in entries {
            if case .lesson(let lesson) = entry.page { links[lesson.path] = Self.pagePrefix + entry.path }
        }
        return links
    }

    /// The index's links (from the site root).
    var indexLinks: CourseIndexLinks {
        var links = CourseIndexLinks(teacherPage: Self.teacherPage)
        for entry in entries {
            switch entry.page {
            case .lesson(let lesson): links.items[lesson.id.value] = entry.path
            case .quiz(let quiz): links.items[quiz.id.value] = entry.path
            case .assessment(_, .diagnostic): links.diagnostic = entry.path
            case .assessment: links.final = entry.path
            }
        }
        return links
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
