import CourseKit

/// Where the course index links to: the target decides the page layout.
public struct CourseIndexLinks: Sendable {
    /// Outline item id (lesson or practice quiz) → href from the index.
    public var items: [String: String]
    public var diagnostic: String?
    public var final: String?
    /// The teachers' page (`teacherPage`), linked at the foot of the index.
    public var teacherPage: String?

    public init(items: [String: String] = [:], diagnostic: String? = nil, final: String? = nil,
                teacherPage: String? = nil) {
        self.items = items
        self.diagnostic = diagnostic
        self.final = final
        self.teacherPage = teacherPage
    }
}

extension CourseRenderer {
    /// The course's home page: description, then the outline in order with
    /// the diagnostic first and the final last. In the offline site
    /// `progress.js` marks what the learner has done (`data-progress-id`:
    /// `lesson:<id>`, `quiz:<id>:<mode>`), and `results.js` offers the
    /// learner's results file ("Descargar mis resultados").
    public func courseIndexPage(_ course: Course, links: CourseIndexLinks,
                                options: PageRenderOptions = .init()) -> RenderedPage {
        kept(.index(links), course: course, navigation: .init(), options: options) {
            renderedIndexPage(course, links: links, options: options)
        }
    }

    private func renderedIndexPage(_ course: Course, links: CourseIndexLinks, options: PageRenderOptions) -> RenderedPage {
        var media: [String] = []
        var context = pageContext(title: course.title.value, course: course, pageID: "index", kind: "index",
                                  navigation: .init(), options: options, usesMath: false)
        context["description"] = course.description.isEmpty ? false : course.description
        context["thumbnail"] = false
        if let thumbnail = course.thumbnail, let src = packaged(thumbnail, media: &media, options: options) {
            context["thumbnail"] = ["src": src]
        }
        let minutes = course.lessons.compactMap(\.minutes).reduce(0, +)
        context["lessonCount"] = course.lessons.count
        context["quizCount"] = course.quizzes.count
        context["lessonsLabel"] = CountedNoun.lesson(course.lessons.count)
        context["quizzesLabel"] = CountedNoun.practiceQuiz(course.quizzes.count)
        context["totalMinutes"] = minutes > 0
        context["totalHours"] = Self.duration(minutes)
        if options.runtime == .offlineSite {
            context["pageScripts"] = [["src": options.assetPrefix + "results.js"]]
        }
        context["teacherPage"] = links.teacherPage.map { ["href": $0] as Any } ?? false

        func entry(title: String, href: String, kind: String, kindLabel: String, progressID: String,
                   minutes: Int? = nil) -> [String: Any] {
            ["title": title, "href": href, "kind": kind, "kindLabel": kindLabel, "progressId": progressID,
             "minutes": minutes.map { $0 as Any } ?? false]
        }
        context["diagnostic"] = false
        context["final"] = false
        if let assessment = course.assessment {
            if let href = links.diagnostic {
                context["diagnostic"] = entry(title: "Evaluación diagnóstica", href: href, kind: "assessment",
                                              kindLabel: "\(assessment.items.count) preguntas",
                                              progressID: "quiz:\(assessment.id.value):diagnostic")
            }
            if let href = links.final {
                context["final"] = entry(title: "Evaluación final", href: href, kind: "assessment",
                                         kindLabel: "\(assessment.items.count) preguntas",
                                         progressID: "quiz:\(assessment.id.value):final")
            }
        }
        context["units"] = course.units.enumerated().map { n, unit -> [String: Any] in
            let entries: [[String: Any]] = unit.items.compactMap { item in
                guard let href = links.items[item.id.value] else { return nil }
                switch item {
                case .lesson(let lesson):
                    return entry(title: lesson.title.value, href: href, kind: "lesson", kindLabel: Self.kindLabel(lesson.kind),
                                 progressID: "lesson:\(lesson.id.value)", minutes: lesson.minutes)
                case .quiz(let quiz):
                    return entry(title: quiz.title.value, href: href, kind: "quiz",
                                 kindLabel: "Práctica · \(quiz.items.count) preguntas",
                                 progressID: "quiz:\(quiz.id.value):practice")
                }
            }
            return ["number": n + 1, "title": unit.title.value, "domId": "unidad-\(n + 1)", "entries": entries]
        }
        let html = TemplateAssets.render("index", context)
        return RenderedPage(html: html, media: Self.unique(media), sourcePath: course.folder + "/course.yaml")
    }

    static func kindLabel(_ kind: Lesson.Kind) -> String {
        switch kind {
        case .text: "Lección"
        case .video: "Video"
        case .audio: "Audio"
        case .pdf: "Documento PDF"
        case .html: "Actividad interactiva"
        case .scorm: "Paquete SCORM"
        case .link: "Recurso externo"
        }
    }

    /// `95` → `1 h 35 min`.
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}
