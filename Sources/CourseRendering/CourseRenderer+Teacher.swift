import CourseKit

extension CourseRenderer {
    /// The teachers' page of the offline course (`docente.html`): it merges
    /// the files learners download with "Descargar mis resultados" into one
    /// responses file for `coursec results`, in the browser (`docente.js`
    /// with `results.js`). It carries, as JSON in `<script
    /// id="coursec-course">`, what a file is checked against: the course's
    /// id, title and version, and the item ids of each assessment
    /// (`diagnostic`, `final`, each practice quiz's id). No answer is in it.
    public func teacherPage(_ course: Course, navigation: PageNavigation = .init(),
                            options: PageRenderOptions = .init()) -> RenderedPage {
        var context = pageContext(title: "Reunir los resultados del grupo", course: course, pageID: "docente",
                                  kind: "teacher", navigation: navigation, options: options, usesMath: false)
        context["courseData"] = Self.teacherPageData(course)
        context["pageScripts"] = ["results.js", "docente.js"].map { ["src": options.assetPrefix + $0] }
        let html = TemplateAssets.render("docente", context)
        return RenderedPage(html: html, sourcePath: course.folder + "/course.yaml")
    }

    /// `{"assessments":{"diagnostic":[ids],…},"courseId":…,"title":…,"version":…}`.
    static func teacherPageData(_ course: Course) -> String {
        var assessments: [(String, [String])] = course.quizzes.map { ($0.id.value, $0.items.map(\.id.value)) }
        if let assessment = course.assessment {
            let ids = assessment.items.map(\.id.value)
            assessments += [("diagnostic", ids), ("final", ids)]
        }
        assessments.sort { $0.0 < $1.0 }
        let out = ScriptJSON()
        out.object {
            out.field("assessments") {
                out.object {
                    for (name, ids) in assessments {
                        out.field(name) { out.array(ids) { out.string($0) } }
                    }
                }
            }
            out.field("courseId") { out.string(course.id.value) }
            out.field("title") { out.string(course.title.value) }
            out.field("version") { out.string(course.version.value.description) }
        }
        return out.text
    }
}
