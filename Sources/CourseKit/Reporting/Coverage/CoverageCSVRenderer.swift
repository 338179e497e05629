import Foundation

/// One row per course and target (RFC 4180), for spreadsheets, with the
/// header and the gap codes in the reader's language. Cells that start
/// with `=`, `+`, `-` or `@` are prefixed with `'` so a spreadsheet does
/// not run them as formulas.
enum CoverageCSVRenderer {
    static func render(_ report: CoverageReport, language: Language) -> String {
        var out = CoverageLabels.csvHeader.map { field($0.text(in: language)) }.joined(separator: ",") + "\r\n"
        for course in report.courses {
            for section in course.sections {
                let sectionCode = section.subsystem ?? CoverageLabels.competenciesCode.text(in: language)
                for row in section.rows {
                    let cells = [course.id, sectionCode, row.code, row.statement,
                                 String(row.lessons), row.quizItems.map(String.init) ?? "", row.assessmentItems.map(String.init) ?? "",
                                 String(row.minutes), row.gaps.map { CoverageLabels.gap($0).text(in: language) }.joined(separator: " ")]
                    out += cells.map(field).joined(separator: ",") + "\r\n"
                }
            }
        }
        return out
    }

    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
