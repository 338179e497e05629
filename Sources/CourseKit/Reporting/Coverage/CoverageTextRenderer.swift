/// A readable table per course, in the reader's language; a gap is marked
/// with `!` after the count.
enum CoverageTextRenderer {
    static func render(_ report: CoverageReport, language: Language) -> String {
        func text(_ message: Message) -> String { message.text(in: language) }
        var out = ""
        for course in report.courses {
            out += "\(course.title) (\(course.id))\n"
            out += text(CoverageLabels.totals(course.totals, inAll: true)) + "\n"
            for section in course.sections where !section.rows.isEmpty {
                let header = [text(CoverageLabels.title(of: section)), text(CoverageLabels.lessons), text(CoverageLabels.quizItems),
                              text(CoverageLabels.assessmentItems), text(CoverageLabels.minutes)]
                out += "\n" + table(header: header, rows: section.rows.map { row in
                    [row.code, cell(row.lessons, row.gaps.contains("lessons")),
                     cell(row.quizItems, row.gaps.contains("quizItems")),
                     cell(row.assessmentItems, row.gaps.contains("assessmentItems")), String(row.minutes)]
                })
            }
            if course.sections.allSatisfy(\.rows.isEmpty) { out += "\n" + text(CoverageLabels.noTargets) + "\n" }
            let gaps = course.gapCount
            out += "\n" + (gaps == 0 ? text(CoverageLabels.noGaps)
                : text(gaps == 1 ? "1 target with gaps (marked !)." : "\(gaps) targets with gaps (marked !).")) + "\n\n"
        }
        out += table(header: [text(CoverageLabels.course), text(CoverageLabels.lessons), text(CoverageLabels.quizzes),
                              text(CoverageLabels.lessonsAndQuizzes)],
                     rows: report.courses.map { [$0.title, String($0.totals.lessons), String($0.totals.quizzes), String($0.totals.lessonsAndQuizzes)] }
                        + [[text(CoverageLabels.total), String(report.courses.reduce(0) { $0 + $1.totals.lessons }),
                            String(report.courses.reduce(0) { $0 + $1.totals.quizzes }),
                            String(report.courses.reduce(0) { $0 + $1.totals.lessonsAndQuizzes })]])
        return out
    }

    static func cell(_ value: Int?, _ gap: Bool) -> String {
        guard let value else { return "—" }
        return gap ? "\(value) !" : String(value)
    }

    /// Left-aligned first column, right-aligned numbers, a rule under the header.
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column == 0 ? text + pad : pad + text
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return line(header) + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            + rows.map(line).joined()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
