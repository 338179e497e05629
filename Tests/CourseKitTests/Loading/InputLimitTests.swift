import Foundation
import Testing
@testable import CourseKit

/// Past a limit, the model holds only what is within it (so no check or
/// target ever sees more), the limit is reported once at the first thing
/// past it, and neither the policy nor a suppression can silence it.
@Suite struct InputLimitTests {
    static func fillQuiz(questions: Int, blanks: Int = 1) -> String {
        "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n" + (1...questions).map { n in
            "\(n). Escribe: " + (0..<blanks).map { "[[\($0 + n)]]" }.joined(separator: " ") + " {#p\(n)}\n"
        }.joined()
    }

    @Test func questionsPastTheLimitAreNotRead() throws {
        let result = try TestRepository.check(["curso/practica.md": Self.fillQuiz(questions: 450)])
        let quiz = try #require(result.repository.courses.first?.quizzes.first)
        #expect(quiz.items.count == InputLimits.questionsPerQuiz)
        #expect(quiz.items.last?.id.value == "p400")
        let reported = result.with("CS0012")
        #expect(reported.count == 1)
        #expect(reported.first?.range.start == SourcePosition(line: 407, column: 1))
        #expect(reported.first?.message.description.contains("450 questions") == true, "\(reported)")
    }

    @Test func blanksPastTheLimitAreNotKept() throws {
        let result = try TestRepository.check(["curso/practica.md": Self.fillQuiz(questions: 1, blanks: 60)])
        let item = try #require(result.repository.courses.first?.quizzes.first?.items.first)
        #expect(item.blanks.count == InputLimits.blanksPerQuestion)
        let reported = try #require(result.with("CS0011").first)
        // "1. Escribe: " then "[[n]] " blanks: the 51st starts after 50 of them.
        let column = 13 + (0..<50).map { "[[\($0 + 1)]] ".count }.reduce(0, +)
        #expect(reported.range.start == SourcePosition(line: 7, column: column))
        #expect(reported.message.description.contains("60 blanks"))
    }

    @Test func titlesAreCutAndReported() throws {
        let long = String(repeating: "ñ", count: 301)
        let result = try TestRepository.check(["curso/leccion.md": "---\nid: leccion\ntitle: \(long)\n---\n\nTexto.\n"])
        let lesson = try #require(result.repository.courses.first?.lessons.first)
        #expect(lesson.title.value == String(repeating: "ñ", count: 300))
        #expect(result.with("CS0014").map(\.range.start) == [SourcePosition(line: 3, column: 8)])
        let exactly = try TestRepository.check(["curso/leccion.md": "---\nid: leccion\ntitle: \(long.dropLast())\n---\n\nTexto.\n"])
        #expect(exactly.with("CS0014").isEmpty)
    }

    @Test func anOutlineEntryNamedTwiceIsKeptOnce() throws {
        var course = ExampleRepository.base["curso/course.yaml"]!
        course += String(repeating: "      - leccion.md\n", count: 50)
        let result = try TestRepository.check(["curso/course.yaml": course])
        let loaded = try #require(result.repository.courses.first)
        #expect(loaded.items.count == 2, "each file is in the model once")
        #expect(result.with("CS0205").count == 50)
    }

    @Test func outlineEntriesPastTheLimitAreNotRead() throws {
        var course = ExampleRepository.base["curso/course.yaml"]!
        course += String(repeating: "  - {unit: Unidad, items: []}\n", count: 2_100)
        let result = try TestRepository.check(["curso/course.yaml": course])
        let loaded = try #require(result.repository.courses.first)
        // One unit and its two files, then 1,997 units: 2,000 entries.
        #expect(loaded.units.count == 1_998)
        #expect(result.with("CS0013").map(\.range.start) == [SourcePosition(line: 11 + 1_998, column: 5)])
    }

    @Test func aCourseListedTwiceIsLoadedOnce() throws {
        let manifest = ExampleRepository.base["coursec.yaml"]!.replacingOccurrences(
            of: "courses:\n  - curso\n", with: "courses:\n  - curso\n  - ./curso\n  - curso/\n")
        let result = try TestRepository.check(["coursec.yaml": manifest])
        #expect(result.repository.courses.count == 1)
        #expect(result.with("CS0205").map(\.range.start.line) == [10, 11])
    }

    @Test func limitsCannotBeTurnedOffOrSuppressed() throws {
        let manifest = ExampleRepository.base["coursec.yaml"]! + "    CS0011: off\n    title-too-long: warning\n"
        let quiz = "---\nid: practica\ntype: quiz\ntitle: \(String(repeating: "T", count: 301))\n---\n\n"
            + "<!-- coursec-disable CS0011: es una pregunta larga -->\n\n"
            + "1. Escribe: " + (0..<51).map { "[[\($0)]]" }.joined(separator: " ") + " {#p1}\n"
        let result = try TestRepository.check(["coursec.yaml": manifest, "curso/practica.md": quiz])
        #expect(result.with("CS0011").map(\.severity) == [.error])
        #expect(result.with("CS0014").map(\.severity) == [.error])
        #expect(result.with("CS0901").count == 2, "both settings are refused: \(result.described)")
        #expect(result.with("CS0902").count == 1, "the suppression is refused: \(result.described)")
        #expect(RuleRegistry.unconfigurable == ["CS0010", "CS0011", "CS0012", "CS0013", "CS0014", "CS0015"])
    }

    /// Foundation's Gregorian calendar is the oracle for which `YYYY-MM-DD`
    /// texts name a day.
    @Test func phaseDatesAreDaysOfTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for year in [1, 1600, 1700, 1900, 1999, 2000, 2004, 2021, 2022, 2024, 2100, 2400, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    var components = DateComponents(year: year, month: month, day: day)
                    components.calendar = calendar
                    let oracle = (1...12).contains(month) && day >= 1 && components.isValidDate(in: calendar)
                    #expect(ManifestLoader.isDate(text) == oracle, "\(text)")
                }
            }
        }
        for text in ["2022-3-12", "22-03-12", "2022-+3-12", "2022-03-+1", "2022/03/12", "0000-03-12", "2022-03-12T00:00",
                     "２０２２-03-12", "2022-03-1２", " 2022-03-12", "2022--3-12"] {
            #expect(!ManifestLoader.isDate(text), "\(text)")
        }
    }
}
