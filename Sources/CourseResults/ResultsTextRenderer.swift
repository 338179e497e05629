import CourseKit

/// The report as text, in the report's language, for a terminal or a plain file.
enum ResultsTextRenderer {
    static func render(_ report: ResultsReport, language: Language) -> String {
        let f = ReportFormatting(language: language)
        typealias F = ReportFormatting
        let course = report.course
        var out = f.text("Results of \(course.title) (\(course.id), version \(course.version))") + "\n"
        out += f.text("Keys: \(course.keys)") + "\n"
        let input = report.input
        out += f.text("Responses: \(input.files.joined(separator: ", ")): \(input.rowsRead) rows read, \(input.rowsUsed) used; \(f.learners(input.learners))") + "\n"
        if input.laterAttemptResponses > 0 {
            out += f.text("\(input.laterAttemptResponses) responses of later attempts are not scored (the first attempt counts).") + "\n"
        }
        for assessment in report.assessments {
            out += "\n\(f.assessmentTitle(assessment.name)) (\(assessment.quizID)): "
            out += f.learners(assessment.takers) + ", " + f.items(assessment.items.count) + "\n"
            out += "  " + f.text("Mean score \(F.number(assessment.meanScore, 1)) (SD \(F.number(assessment.sdScore, 1))); KR-20 \(F.number(assessment.kr20)); standard error of measurement \(F.number(assessment.sem)) items (\(F.number(assessment.semPercent, 1)) points)") + "\n"
            out += "  " + f.text("Upper and lower groups: \(assessment.groupSize) learners each (27%)") + "\n"
            out += "  " + pad(f.text("item"), 22) + pad("p", 7) + pad("r", 7) + pad("D", 7) + pad(f.text("omit."), 7)
                + f.text("options (* key: share)") + "\n"
            for item in assessment.items {
                var line = "  " + pad("\(item.number). \(item.id)", 22) + pad(F.number(item.difficulty), 7)
                line += pad(F.number(item.discrimination), 7) + pad(F.number(item.upperLower), 7) + pad(F.number(item.omitted), 7)
                line += (item.options ?? []).map { "\($0.letter)\($0.isKey ? "*" : " ")\(F.number($0.share))" }.joined(separator: "  ")
                out += line.trimmingTrailingSpaces() + "\n"
            }
            let distribution = assessment.distribution.enumerated().filter { $0.element > 0 }.map { "\($0.offset): \($0.element)" }
            out += "  " + f.text("Distribution (right answers: learners): \(distribution.joined(separator: ", "))") + "\n"
        }
        if let gains = report.gains {
            out += "\n" + f.text("Progress from the diagnostic to the final") + "\n"
            out += "  " + f.text("Learners with both assessments: \(gains.matched) (diagnostic only: \(gains.diagnosticOnly); final only: \(gains.finalOnly))") + "\n"
            out += gainLines(gains.overall, indent: "  ", f)
            if !gains.competencies.isEmpty {
                out += "  " + f.text("By competency:") + "\n"
                for competency in gains.competencies {
                    out += "    \(competency.code) (\(f.items(competency.items))):\n"
                    out += gainLines(competency.gain, indent: "      ", f)
                }
            }
            for table in gains.groups {
                out += "  " + f.text("By \(table.column):") + "\n"
                for group in table.groups {
                    out += "    \(group.value):\n" + gainLines(group.gain, indent: "      ", f)
                }
                if table.suppressedGroups > 0 {
                    let hidden: Message = table.suppressedGroups == 1
                        ? "1 group with fewer than \(report.input.minGroup) learners is not shown (\(f.learners(table.suppressedLearners)))."
                        : "\(table.suppressedGroups) groups with fewer than \(report.input.minGroup) learners are not shown (\(f.learners(table.suppressedLearners)))."
                    out += "    " + f.text(hidden) + "\n"
                }
            }
        } else {
            out += "\n" + f.text("No progress: it needs responses to the diagnostic and to the final.") + "\n"
        }
        let unused = report.input.groupColumns.filter { !report.input.analysedBy.contains($0) }
        if !unused.isEmpty {
            out += "\n" + f.text("Grouping columns not analysed (use --by): \(unused.joined(separator: ", "))") + "\n"
        }
        if let learners = report.learners {
            out += "\n" + f.text("Learners (diagnostic, final):") + "\n"
            for learner in learners { out += "  \(learner.code): \(F.number(learner.pre, 1)), \(F.number(learner.post, 1))\n" }
        }
        return out
    }

    static func gainLines(_ gain: ResultsReport.Gain, indent: String, _ f: ReportFormatting) -> String {
        typealias F = ReportFormatting
        var out = indent + f.text("n = \(gain.learners); diagnostic mean \(F.number(gain.meanPre, 1)), final \(F.number(gain.meanPost, 1)); mean gain \(F.number(gain.meanGain, 1)) (95% t CI: \(f.interval(gain.gainLow, gain.gainHigh)))") + "\n"
        out += indent + f.text("class normalized gain ⟨g⟩ \(F.number(gain.classNormalizedGain)); mean per learner \(F.number(gain.learnerNormalizedGain)) (95% t CI: \(f.interval(gain.learnerGainLow, gain.learnerGainHigh, 2)); n = \(gain.learnersWithGain)); d_z \(F.number(gain.effectSize)) (95% CI: \(f.interval(gain.effectLow, gain.effectHigh, 2)))") + "\n"
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
