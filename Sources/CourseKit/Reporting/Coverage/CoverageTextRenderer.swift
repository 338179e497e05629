/// A readable table per course; a gap is marked with `!` after the count.
enum CoverageTextRenderer {
    static func render(_ report: CoverageReport) -> String {
        var out = ""
        for course in report.courses {
            let t = course.totals
            out += "\(course.title) (\(course.id))\n"
            out += "\(plural(t.lessons, "lesson")), \(plural(t.quizzes, "practice quiz", "practice quizzes")) (\(t.lessonsAndQuizzes) in all), "
            out += "\(plural(t.quizItems, "practice question")), \(plural(t.assessmentItems, "assessment item")), "
            out += "\(plural(t.minutes, "minute")) of study\n"
            for section in course.sections where !section.rows.isEmpty {
                out += "\n" + table(header: [section.title, "Lessons", "Quiz items", "Assessment items", "Minutes"],
                                    rows: section.rows.map { row in
                                        [row.code, cell(row.lessons, row.gaps.contains("lessons")),
                                         cell(row.quizItems, row.gaps.contains("quizItems")),
                                         cell(row.assessmentItems, row.gaps.contains("assessmentItems")), String(row.minutes)]
                                    })
            }
            if course.sections.allSatisfy(\.rows.isEmpty) { out += "\nThe course declares no targets.\n" }
            out += course.gapCount == 0 ? "\nNo gaps.\n\n" : "\n\(plural(course.gapCount, "target")) with gaps (marked !).\n\n"
        }
        out += table(header: ["Course", "Lessons", "Quizzes", "Lessons and quizzes"],
                     rows: report.courses.map { [$0.title, String($0.totals.lessons), String($0.totals.quizzes), String($0.totals.lessonsAndQuizzes)] }
                        + [["Total", String(report.courses.reduce(0) { $0 + $1.totals.lessons }),
                            String(report.courses.reduce(0) { $0 + $1.totals.quizzes }),
                            String(report.courses.reduce(0) { $0 + $1.totals.lessonsAndQuizzes })]])
        return out
    }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
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
