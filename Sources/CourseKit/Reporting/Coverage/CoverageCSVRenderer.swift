import Foundation

/// One row per course and target (RFC 4180), for spreadsheets. Cells that
/// start with `=`, `+`, `-` or `@` are prefixed with `'` so a spreadsheet
/// does not run them as formulas.
enum CoverageCSVRenderer {
    static func render(_ report: CoverageReport) -> String {
        var out = "course,section,code,statement,lessons,quiz_items,assessment_items,minutes,gaps\r\n"
        for course in report.courses {
            for section in course.sections {
                for row in section.rows {
                    let cells = [course.id, section.subsystem ?? section.kind, row.code, row.statement,
                                 String(row.lessons), row.quizItems.map(String.init) ?? "", row.assessmentItems.map(String.init) ?? "",
                                 String(row.minutes), row.gaps.joined(separator: " ")]
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
