import CourseText
/// One self-contained page a curriculum lead can open and print: inline
/// CSS with a print stylesheet, labels in the reader's language (the page's
/// `lang`; statements and titles keep the repository's, marked on their
/// elements when it differs), tables with captions and `<th scope>`, and
/// gaps marked in words, not only colour.
/// The markup is well-formed XML (XHTML-compatible) so tests and tools can
/// parse it with any XML parser.
enum CoverageHTMLRenderer {
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

    /// The labels in one language.
    struct Labels {
        var title, lessons, quizzes, quizItems, assessmentItems, minutes, code, statement, gap, noGaps, course, total,
            lessonsAndQuizzes, noTargets: String
        var language: Language

        init(_ language: Language) {
            func text(_ message: Message) -> String { message.text(in: language) }
            self.language = language
            title = text(CoverageLabels.title)
            lessons = text(CoverageLabels.lessons)
            quizzes = text(CoverageLabels.quizzes)
            quizItems = text(CoverageLabels.quizItems)
            assessmentItems = text(CoverageLabels.assessmentItems)
            minutes = text(CoverageLabels.minutes)
            code = text(CoverageLabels.code)
            statement = text(CoverageLabels.statement)
            gap = text(CoverageLabels.gap)
            noGaps = text(CoverageLabels.noGaps)
            course = text(CoverageLabels.course)
            total = text(CoverageLabels.total)
            lessonsAndQuizzes = text(CoverageLabels.lessonsAndQuizzes)
            noTargets = text(CoverageLabels.noTargets)
        }

        func text(_ message: Message) -> String { message.text(in: language) }
    }

    static func render(_ report: CoverageReport, language: Language) -> String {
        let l = Labels(language)
        // The page speaks the labels' language; titles and statements keep
        // the repository's, said on their elements when the two differ.
        let sameLanguage = Language(tag: report.language) == language
        let pageLanguage = sameLanguage ? report.language : language.rawValue
        let content = sameLanguage ? "" : " lang=\"\(escape(report.language))\""
        var out = "<!DOCTYPE html>\n<html lang=\"\(escape(pageLanguage))\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(escape(l.title)) — \(escape(report.repository))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(escape(l.title)) — <span\(content)>\(escape(report.repository))</span></h1>\n"
        for course in report.courses {
            out += "<section id=\"\(escape(course.id))\">\n<h2\(content)>\(escape(course.title))</h2>\n"
            out += "<p>\(escape(l.text(CoverageLabels.totals(course.totals, inAll: false))))</p>\n"
            for section in course.sections where !section.rows.isEmpty {
                out += "<table>\n<caption>\(escape(l.text(CoverageLabels.title(of: section))))</caption>\n<thead>\n<tr>"
                for header in [l.code, l.statement, l.lessons, l.quizItems, l.assessmentItems, l.minutes] {
                    out += "<th scope=\"col\">\(escape(header))</th>"
                }
                out += "</tr>\n</thead>\n<tbody>\n"
                for row in section.rows {
                    out += "<tr><th scope=\"row\">\(escape(row.code))</th><td\(content)>\(escape(row.statement))</td>"
                    out += cell(row.lessons, row.gaps.contains("lessons"), l) + cell(row.quizItems, row.gaps.contains("quizItems"), l)
                    out += cell(row.assessmentItems, row.gaps.contains("assessmentItems"), l) + cell(row.minutes, false, l)
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            }
            if course.sections.allSatisfy(\.rows.isEmpty) { out += "<p>\(escape(l.noTargets))</p>\n" }
            let gaps: Message = course.gapCount == 1 ? "1 target with gaps." : "\(course.gapCount) targets with gaps."
            out += "<p>\(escape(course.gapCount == 0 ? l.noGaps : l.text(gaps)))</p>\n"
            out += "</section>\n"
        }
        out += "<table id=\"totales\">\n<caption>\(escape(l.total))</caption>\n<thead>\n<tr>"
        for header in [l.course, l.lessons, l.quizzes, l.lessonsAndQuizzes] { out += "<th scope=\"col\">\(escape(header))</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for course in report.courses {
            out += "<tr><th scope=\"row\"\(content)>\(escape(course.title))</th>" + cell(course.totals.lessons, false, l)
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
