import CourseText
import Foundation

/// The report as one long CSV table: a row per number, so a spreadsheet or
/// a statistics package can filter and pivot it. Columns: `section`
/// (`input`, `assessment`, `item`, `option`, `gain`, `competency`,
/// `group`), `assessment`, `item`, `option`, `column`, `group`,
/// `statistic` (named as in the JSON output) and `value` at full precision.
enum ResultsCSVRenderer {
    struct Row {
        var section: String
        var assessment = "", item = "", option = "", column = "", group = ""
        var statistic: String
        var value: String
    }

    static func render(_ report: ResultsReport) -> String {
        var rows: [Row] = []
        func add(_ section: String, _ statistic: String, _ value: Double?, assessment: String = "", item: String = "",
                 option: String = "", column: String = "", group: String = "") {
            guard let value else { return }
            rows.append(Row(section: section, assessment: assessment, item: item, option: option, column: column,
                            group: group, statistic: statistic, value: number(value)))
        }
        let input = report.input
        add("input", "rowsRead", Double(input.rowsRead))
        add("input", "rowsUsed", Double(input.rowsUsed))
        add("input", "laterAttemptResponses", Double(input.laterAttemptResponses))
        add("input", "learners", Double(input.learners))
        for a in report.assessments {
            let name = a.name
            add("assessment", "takers", Double(a.takers), assessment: name)
            add("assessment", "meanScore", a.meanScore, assessment: name)
            add("assessment", "sdScore", a.sdScore, assessment: name)
            add("assessment", "kr20", a.kr20, assessment: name)
            add("assessment", "sem", a.sem, assessment: name)
            add("assessment", "semPercent", a.semPercent, assessment: name)
            add("assessment", "groupSize", Double(a.groupSize), assessment: name)
            for (score, count) in a.distribution.enumerated() {
                add("assessment", "distribution", Double(count), assessment: name, option: String(score))
            }
            for item in a.items {
                add("item", "difficulty", item.difficulty, assessment: name, item: item.id)
                add("item", "discrimination", item.discrimination, assessment: name, item: item.id)
                add("item", "upperLower", item.upperLower, assessment: name, item: item.id)
                add("item", "upperDifficulty", item.upperDifficulty, assessment: name, item: item.id)
                add("item", "lowerDifficulty", item.lowerDifficulty, assessment: name, item: item.id)
                add("item", "omitted", item.omitted, assessment: name, item: item.id)
                add("item", "invalid", item.invalid, assessment: name, item: item.id)
                for option in item.options ?? [] {
                    let letter = option.letter + (option.isKey ? "*" : "")
                    add("option", "share", option.share, assessment: name, item: item.id, option: letter)
                    add("option", "upperShare", option.upperShare, assessment: name, item: item.id, option: letter)
                    add("option", "lowerShare", option.lowerShare, assessment: name, item: item.id, option: letter)
                    add("option", "discrimination", option.discrimination, assessment: name, item: item.id, option: letter)
                }
            }
        }
        if let gains = report.gains {
            add("gain", "matched", Double(gains.matched))
            add("gain", "diagnosticOnly", Double(gains.diagnosticOnly))
            add("gain", "finalOnly", Double(gains.finalOnly))
            gain(gains.overall, section: "gain", into: &rows)
            for competency in gains.competencies {
                gain(competency.gain, section: "competency", group: competency.code, into: &rows)
            }
            for table in gains.groups {
                for group in table.groups { gain(group.gain, section: "group", column: table.column, group: group.value, into: &rows) }
                add("group", "suppressedGroups", Double(table.suppressedGroups), column: table.column)
                add("group", "suppressedLearners", Double(table.suppressedLearners), column: table.column)
            }
        }
        var out = "section,assessment,item,option,column,group,statistic,value\n"
        for row in rows {
            out += [row.section, row.assessment, row.item, row.option, row.column, row.group, row.statistic]
                .map(cell).joined(separator: ",") + "," + row.value + "\n"
        }
        return out
    }

    static func gain(_ gain: ResultsReport.Gain, section: String, column: String = "", group: String = "", into rows: inout [Row]) {
        let values: [(String, Double?)] = [
            ("learners", Double(gain.learners)), ("meanPre", gain.meanPre), ("meanPost", gain.meanPost),
            ("meanGain", gain.meanGain), ("sdGain", gain.sdGain), ("gainLow", gain.gainLow), ("gainHigh", gain.gainHigh),
            ("classNormalizedGain", gain.classNormalizedGain), ("learnerNormalizedGain", gain.learnerNormalizedGain),
            ("learnerGainLow", gain.learnerGainLow), ("learnerGainHigh", gain.learnerGainHigh),
            ("learnersWithGain", Double(gain.learnersWithGain)), ("effectSize", gain.effectSize),
            ("effectLow", gain.effectLow), ("effectHigh", gain.effectHigh),
        ]
        for (name, value) in values {
            if let value { rows.append(Row(section: section, column: column, group: group, statistic: name, value: number(value))) }
        }
    }

    /// Counts as integers, other values at full precision (shortest round-trip form).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A text cell: quoted when needed, and never read as a formula by a spreadsheet.
    static func cell(_ text: String) -> String {
        let text = SpreadsheetCell.defused(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
