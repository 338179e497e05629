import CourseKit

/// The report as one self-contained HTML page in the report's language
/// (the page's `lang`): inline CSS, plots
/// as inline SVG (an item map linked to the item rows, the pre and post
/// score distributions, gains per competency with their intervals) and
/// the tables they are drawn from. No script, no external file; the markup
/// is well-formed XML so tools can parse it.
enum ResultsHTMLRenderer {
    typealias F = ReportFormatting

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4;max-width:72rem}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem}h3{font-size:1.1rem}
        table{border-collapse:collapse;margin:1rem 0}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}
        thead th{background:#eee}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.flagged th{background:#fde2e1}td.opts{white-space:nowrap;font-variant-numeric:tabular-nums}.key{font-weight:700;text-decoration:underline}
        .note{color:#444;font-size:.95em}figure{margin:1rem 0}figcaption{font-size:.9em;color:#444}
        tr:target{outline:3px solid #1f5fa8}
        @media print{body{margin:0;font-size:9pt}section{break-inside:avoid-page}}
        """

    static func render(_ report: ResultsReport, language: Language) -> String {
        let f = ReportFormatting(language: language)
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(f.text("Results — \(report.course.title)")))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(e(f.text("Results of \(report.course.title)")))</h1>\n"
        let input = report.input
        out += "<p>" + f.text("Course <code>\(e(report.course.id))</code>, version \(e(report.course.version)). Answer keys: \(e(report.course.keys)).") + "</p>\n"
        out += "<p>" + e(f.text("Responses: \(input.files.joined(separator: ", ")): \(input.rowsRead) rows read, \(input.rowsUsed) used; \(f.learners(input.learners)).")) + "</p>\n"
        if input.laterAttemptResponses > 0 {
            out += "<p class=\"note\">" + e(f.text("\(input.laterAttemptResponses) responses of later attempts are not scored: each learner's first attempt counts.")) + "</p>\n"
        }
        out += report.learners == nil
            ? "<p class=\"note\">" + e(f.text("This report does not show learners' codes.")) + "</p>\n"
            : "<p class=\"note\"><strong>" + e(f.text("This report shows learners' codes (--show-learners): do not share it.")) + "</strong></p>\n"
        if let gains = report.gains { out += gainsSection(gains, report: report, f) }
        for assessment in report.assessments { out += assessmentSection(assessment, f) }
        if let learners = report.learners {
            out += "<section id=\"estudiantes\">\n<h2>\(e(f.text("Learners")))</h2>\n<table>\n<thead><tr><th scope=\"col\">\(e(f.text("Code")))</th>"
            out += "<th scope=\"col\">\(e(f.text("Diagnostic")))</th><th scope=\"col\">\(e(f.text("Final")))</th></tr></thead>\n<tbody>\n"
            for learner in learners {
                out += "<tr><th scope=\"row\">\(e(learner.code))</th><td class=\"n\">\(F.number(learner.pre, 1))</td><td class=\"n\">\(F.number(learner.post, 1))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    static func gainsSection(_ gains: ResultsReport.Gains, report: ResultsReport, _ f: ReportFormatting) -> String {
        var out = "<section id=\"avance\">\n<h2>\(e(f.text("Progress from the diagnostic to the final")))</h2>\n"
        out += "<p>" + e(f.text("\(gains.matched) learners took both assessments; \(gains.diagnosticOnly) only the diagnostic and \(gains.finalOnly) only the final (they are not counted in the progress).")) + "</p>\n"
        let labels = (0..<10).map { "\($0 * 10)–\($0 * 10 + 9)" } + ["100"]
        out += "<figure>\n" + SVGCharts.histograms(pre: gains.preHistogram, post: gains.postHistogram, labels: labels,
                                                    title: f.text("Distribution of grades, diagnostic and final"), f)
        out += "<figcaption>\(e(f.text("Learners with both assessments, by grade (0–100).")))</figcaption>\n</figure>\n"
        out += "<table>\n<caption>\(e(f.text("Grades by interval")))</caption>\n<thead><tr><th scope=\"col\">\(e(f.text("Grade")))</th>"
        out += labels.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        out += "<tr><th scope=\"row\">\(e(f.text("Diagnostic")))</th>" + gains.preHistogram.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        out += "<tr><th scope=\"row\">\(e(f.text("Final")))</th>" + gains.postHistogram.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        out += "</tbody>\n</table>\n"
        var rows = [(f.text("The whole course"), gains.overall)]
        rows += gains.competencies.map { ("\($0.code) (\(f.items($0.items)))", $0.gain) }
        let intervals = rows.compactMap { label, gain -> SVGCharts.Interval? in
            guard let value = gain.meanGain, let low = gain.gainLow, let high = gain.gainHigh else { return nil }
            return SVGCharts.Interval(label: label, value: value, low: low, high: high)
        }
        if !intervals.isEmpty {
            out += "<figure>\n" + SVGCharts.intervals(intervals, title: f.text("Mean gain by competency, with its 95% confidence interval"),
                                                        unit: f.text("points"), f)
            out += "<figcaption>\(e(f.text("Mean gain (final − diagnostic, in points out of 100) with its 95% confidence interval (Student's t).")))</figcaption>\n</figure>\n"
        }
        out += gainTable(rows, caption: f.text("Progress by competency"), header: f.text("Competency"), f)
        for table in gains.groups {
            out += gainTable(table.groups.map { ($0.value, $0.gain) }, caption: f.text("Progress by \(table.column)"), header: table.column, f)
            if table.suppressedGroups > 0 {
                let hidden: Message = table.suppressedGroups == 1
                    ? "1 group of \(table.column) with fewer than \(report.input.minGroup) learners is not shown (\(f.learners(table.suppressedLearners))), to protect their privacy."
                    : "\(table.suppressedGroups) groups of \(table.column) with fewer than \(report.input.minGroup) learners are not shown (\(f.learners(table.suppressedLearners))), to protect their privacy."
                out += "<p class=\"note\">" + e(f.text(hidden)) + "</p>\n"
            }
        }
        out += "<p class=\"note\">" + f.text("Gain: final − diagnostic in points out of 100. Class ⟨g⟩: (final mean − diagnostic mean) / (100 − diagnostic mean) (Hake); ⟨g⟩ per learner: the mean of (final − diagnostic) / (100 − diagnostic) of those who did not score 100 in the diagnostic. d<sub>z</sub>: mean gain / standard deviation of the gains. 95% intervals: Student's t for the means, normal approximation for d<sub>z</sub>.") + "</p>\n"
        return out + "</section>\n"
    }

    static func gainTable(_ rows: [(String, ResultsReport.Gain)], caption: String, header: String, _ f: ReportFormatting) -> String {
        var out = "<table>\n<caption>\(e(caption))</caption>\n<thead><tr><th scope=\"col\">\(e(header))</th><th scope=\"col\">n</th>"
        let ci = e(f.text("95% CI"))
        for title in [e(f.text("Diagnostic")), e(f.text("Final")), e(f.text("Gain")), ci, e(f.text("class ⟨g⟩")), e(f.text("⟨g⟩ per learner")), ci,
                      "d<sub>z</sub>", ci] {
            out += "<th scope=\"col\">\(title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (label, gain) in rows {
            out += "<tr><th scope=\"row\">\(e(label))</th><td class=\"n\">\(gain.learners)</td>"
            out += "<td class=\"n\">\(F.number(gain.meanPre, 1))</td><td class=\"n\">\(F.number(gain.meanPost, 1))</td>"
            out += "<td class=\"n\">\(F.number(gain.meanGain, 1))</td><td class=\"n\">\(e(f.interval(gain.gainLow, gain.gainHigh)))</td>"
            out += "<td class=\"n\">\(F.number(gain.classNormalizedGain))</td><td class=\"n\">\(F.number(gain.learnerNormalizedGain))</td>"
            out += "<td class=\"n\">\(e(f.interval(gain.learnerGainLow, gain.learnerGainHigh, 2)))</td>"
            out += "<td class=\"n\">\(F.number(gain.effectSize))</td><td class=\"n\">\(e(f.interval(gain.effectLow, gain.effectHigh, 2)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func anchor(_ assessment: ResultsReport.Assessment, _ item: ResultsReport.Item) -> String {
        "reactivo-\(HTMLEscape.id(assessment.name))-\(item.number)"
    }

    static func assessmentSection(_ a: ResultsReport.Assessment, _ f: ReportFormatting) -> String {
        let title = f.assessmentTitle(a.name)
        var out = "<section id=\"\(HTMLEscape.id("evaluacion-" + a.name))\">\n<h2>\(e(title))</h2>\n"
        out += "<p>" + f.text("\(e(a.title)) (<code>\(e(a.quizID))</code>): \(e(f.learners(a.takers))), \(e(f.items(a.items.count))). Mean grade \(F.number(a.meanScore, 1)) (standard deviation \(F.number(a.sdScore, 1))); KR-20 reliability \(F.number(a.kr20)); standard error of measurement \(F.number(a.sem)) items (\(F.number(a.semPercent, 1)) points).") + "</p>\n"
        let flagged = Set(a.flags.map(\.item))
        let points = a.items.compactMap { item -> SVGCharts.Point? in
            guard let r = item.discrimination else { return nil }
            return SVGCharts.Point(x: item.difficulty, y: r, label: "\(item.number). \(item.id): p = \(F.number(item.difficulty)), r = \(F.number(r))",
                                   href: anchor(a, item), flagged: flagged.contains(item.id))
        }
        out += "<figure>\n" + SVGCharts.itemMap(points, title: f.text("Item map: \(title)"), f)
        out += "<figcaption>" + f.text("One point per item (linked to its row); red squares have flags. Below the red line (r &lt; 0), strong learners fail more often than weak ones.") + "</figcaption>\n</figure>\n"
        let headers = [f.text("Item"), f.text("Type"), f.text("Competencies"), "p", "r", f.text("D (27%)"), f.text("upper p"), f.text("lower p"),
                       f.text("Omitted"), f.text("Options: share (upper/lower) [r]"), f.text("Flags")]
        out += "<table>\n<caption>\(e(f.text("Items")))</caption>\n<thead><tr>" + headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        let key = e(f.text("key"))
        for item in a.items {
            let itemFlags = a.flags.filter { $0.item == item.id }
            out += "<tr id=\"\(anchor(a, item))\"\(itemFlags.isEmpty ? "" : " class=\"flagged\"")><th scope=\"row\">\(item.number). \(e(item.id))</th>"
            out += "<td>\(e(f.kindName(item.kind)))</td><td>\(e(item.objectives.joined(separator: ", ")))</td>"
            out += "<td class=\"n\">\(F.number(item.difficulty))</td><td class=\"n\">\(F.number(item.discrimination))</td>"
            out += "<td class=\"n\">\(F.number(item.upperLower))</td><td class=\"n\">\(F.number(item.upperDifficulty))</td>"
            out += "<td class=\"n\">\(F.number(item.lowerDifficulty))</td><td class=\"n\">\(F.number(item.omitted))</td><td class=\"opts\">"
            out += (item.options ?? []).map { o in
                "<span\(o.isKey ? " class=\"key\"" : "")>\(o.letter)\(o.isKey ? " (\(key))" : "")</span>: \(F.number(o.share)) (\(F.number(o.upperShare))/\(F.number(o.lowerShare))) [\(F.number(o.discrimination))]"
            }.joined(separator: "<br/>")
            out += "</td><td>" + itemFlags.map { "<code>\(e($0.rule))</code> \(e($0.message))" }.joined(separator: "<br/>") + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<table>\n<caption>\(e(f.text("Distribution of right answers")))</caption>\n<thead><tr><th scope=\"col\">\(e(f.text("Right answers")))</th>"
        out += "<th scope=\"col\">\(e(f.text("Learners")))</th></tr></thead>\n<tbody>\n"
        for (score, count) in a.distribution.enumerated() {
            out += "<tr><th scope=\"row\">\(score)</th><td class=\"n\">\(count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"note\">" + e(f.text("p: share of right answers. r: correlation between answering the item right and the grade on the other items. D: p of the upper 27% minus p of the lower 27% (\(a.groupSize) learners in each group). By option: the share that chose it overall, in the upper group and in the lower group, and its correlation with the grade on the other items.")) + "</p>\n"
        return out + "</section>\n"
    }
}
