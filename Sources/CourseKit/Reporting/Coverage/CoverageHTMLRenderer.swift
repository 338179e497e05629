import CourseText
/// One self-contained page a curriculum lead can open and print: inline
/// CSS with a print stylesheet, the repository's language, tables with
/// captions and `<th scope>`, and gaps marked in words, not only colour.
/// The markup is well-formed XML (XHTML-compatible) so tests and tools can
/// parse it with any XML parser.
enum CoverageHTMLRenderer {
    struct Labels {
        var title, lessons, quizzes, quizItems, assessmentItems, minutes, code, statement, gap, noGaps, gaps, course, total,
            all, noTargets, competencies, syllabus: String
    }

    static let spanish = Labels(
        title: "Cobertura curricular", lessons: "Lecciones", quizzes: "Prácticas", quizItems: "Preguntas de práctica",
        assessmentItems: "Reactivos de evaluación", minutes: "Minutos de estudio", code: "Código", statement: "Enunciado",
        gap: "falta", noGaps: "Sin faltantes.", gaps: "con faltantes", course: "Curso", total: "Total",
        all: "Lecciones y prácticas", noTargets: "El curso no declara metas.", competencies: "Competencias",
        syllabus: "Programa de estudios")
    static let english = Labels(
        title: "Curriculum coverage", lessons: "Lessons", quizzes: "Practice quizzes", quizItems: "Practice questions",
        assessmentItems: "Assessment items", minutes: "Minutes of study", code: "Code", statement: "Statement",
        gap: "gap", noGaps: "No gaps.", gaps: "with gaps", course: "Course", total: "Total",
        all: "Lessons and quizzes", noTargets: "The course declares no targets.", competencies: "Competencies",
        syllabus: "Syllabus")

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}
        table{border-collapse:collapse;margin:1rem 0;width:100%}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}
        thead th{background:#eee}td.n{text-align:right;white-space:nowrap}
        td.gap{background:#fde2e1;font-weight:600}.flag{font-size:.85em;text-transform:uppercase}
        @media print{body{margin:0;font-size:10pt}section{break-inside:avoid-page}td.gap{background:none;outline:2px solid #000}}
        """

    static func render(_ report: CoverageReport) -> String {
        let l = report.language.lowercased().hasPrefix("es") ? spanish : english
        var out = "<!DOCTYPE html>\n<html lang=\"\(escape(report.language))\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(escape(l.title)) — \(escape(report.repository))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(escape(l.title)) — \(escape(report.repository))</h1>\n"
        for course in report.courses {
            let t = course.totals
            out += "<section id=\"\(escape(course.id))\">\n<h2>\(escape(course.title))</h2>\n"
            out += "<p>\(t.lessons) \(escape(l.lessons.lowercased())), \(t.quizzes) \(escape(l.quizzes.lowercased())), "
            out += "\(t.quizItems) \(escape(l.quizItems.lowercased())), \(t.assessmentItems) \(escape(l.assessmentItems.lowercased())), "
            out += "\(t.minutes) \(escape(l.minutes.lowercased())).</p>\n"
            for section in course.sections where !section.rows.isEmpty {
                let caption = section.kind == "competencies" ? l.competencies : "\(l.syllabus) (\(section.subsystem ?? ""))"
                out += "<table>\n<caption>\(escape(caption))</caption>\n<thead>\n<tr>"
                for header in [l.code, l.statement, l.lessons, l.quizItems, l.assessmentItems, l.minutes] {
                    out += "<th scope=\"col\">\(escape(header))</th>"
                }
                out += "</tr>\n</thead>\n<tbody>\n"
                for row in section.rows {
                    out += "<tr><th scope=\"row\">\(escape(row.code))</th><td>\(escape(row.statement))</td>"
                    out += cell(row.lessons, row.gaps.contains("lessons"), l) + cell(row.quizItems, row.gaps.contains("quizItems"), l)
                    out += cell(row.assessmentItems, row.gaps.contains("assessmentItems"), l) + cell(row.minutes, false, l)
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            }
            if course.sections.allSatisfy(\.rows.isEmpty) { out += "<p>\(escape(l.noTargets))</p>\n" }
            out += course.gapCount == 0 ? "<p>\(escape(l.noGaps))</p>\n" : "<p>\(course.gapCount) \(escape(l.gaps)).</p>\n"
            out += "</section>\n"
        }
        out += "<table id=\"totales\">\n<caption>\(escape(l.total))</caption>\n<thead>\n<tr>"
        for header in [l.course, l.lessons, l.quizzes, l.all] { out += "<th scope=\"col\">\(escape(header))</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for course in report.courses {
            out += "<tr><th scope=\"row\">\(escape(course.title))</th>" + cell(course.totals.lessons, false, l)
                + cell(course.totals.quizzes, false, l) + cell(course.totals.lessonsAndQuizzes, false, l) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    static func cell(_ value: Int?, _ gap: Bool, _ l: Labels) -> String {
        guard let value else { return "<td class=\"n\">—</td>" }
        return gap ? "<td class=\"n gap\">\(value) <span class=\"flag\">\(escape(l.gap))</span></td>" : "<td class=\"n\">\(value)</td>"
    }

    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, .apostrophes)
    }
}
