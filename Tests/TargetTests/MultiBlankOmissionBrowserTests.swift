import CoursecTestSupport
import Foundation
import Testing

/// A fill-in item with several blanks, in Chromium: left wholly empty it
/// is an omission, so the learner's results file holds an empty response
/// (SCORM 1.2's fill-in of nothing), not the separators of the empty
/// blanks (`,`); with one blank written it is an answer, `6,`. Then
/// `coursec results` counts the first as omitted and the second as a wrong
/// answer. The expected responses are written here from SCORM 1.2's
/// fill-in format, not read from quiz.js.
@Suite(.serialized, .enabled(if: BrowserDriver.available && HTMLTestSupport.binary() != nil,
                             "chromium or the coursec binary is missing; skipping the browser test"))
struct MultiBlankOmissionBrowserTests {
    static let site = "quimica-1"
    static let item = "q1-carbono-14"

    @Test func anEmptyMultiBlankItemIsAnOmissionNotAComma() throws {
        let built = try #require(HTMLTestSupport.example, "the example courses did not build")
        let folder = try HTMLTestSupport.temporaryFolder("multi-blank")
        try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/\(Self.site)"),
                                         to: folder.appendingPathComponent(Self.site))
        let root = folder.appendingPathComponent(Self.site)
        // The practice page that asks the two-blank question.
        let pages = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".html") }.sorted()
        let page = try #require(pages.first { path in
            let html = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            return html.contains("id=\"coursec-quiz\"") && html.contains("\"\(Self.item)\"")
        }, "no quiz page asks \(Self.item)")
        let quiz = try BrowserQuiz("\(Self.site)/\(page)", in: folder)
        let index = try #require(quiz.key.items.firstIndex { $0.id == Self.item })
        #expect(quiz.key.items[index].blanks?.count == 2, "the item has two blanks")

        let browser = try DevToolsBrowser()
        defer { browser.shutdown() }
        var files: [URL] = []
        // The first learner writes nothing in the item; the second only its first blank.
        let plans: [(code: String, answer: AnswerPlan.Answer)] = [("Q-001", .blank), ("Q-002", .text("6"))]
        for (n, learner) in plans.enumerated() {
            let tab = try browser.newPage(downloads: folder.appendingPathComponent("descargas-\(n)"))
            try tab.open(folder.appendingPathComponent(quiz.page))
            var plan = quiz.key.items.map { _ in AnswerPlan.Answer.blank }
            plan[index] = learner.answer
            _ = try tab.take(plan)
            try tab.open(root.appendingPathComponent("index.html"))
            #expect(try tab.press("#coursec-download-results"))
            try tab.evaluate("document.getElementById('coursec-learner-code').focus()")
            try tab.type(learner.code)
            files.append(try tab.download { let pressed = try tab.press("#coursec-learner-form button[type=submit]"); #expect(pressed) })
        }
        browser.shutdown()
        #expect(browser.pageErrors.isEmpty, "\(browser.pageErrors)")

        // SCORM 1.2 fill-in: the blanks' texts joined by ","; nothing at all when nothing was written.
        let expected = ["", "6,"]
        for (file, response) in zip(files, expected) {
            let rows = try CSVRows.read(file)
            let column = try #require(rows.first?.firstIndex(of: "response"))
            let row = try #require(rows.first { $0.count > 2 && $0[2] == Self.item }, "\(file.lastPathComponent) has no row for the item")
            #expect(row[column] == response, "\(file.lastPathComponent)")
        }

        // coursec results: one omission out of two learners, nobody right.
        let merged = folder.appendingPathComponent("juntos.csv")
        // The second file without its header line (bytes: a "\r\n" is one Character).
        let second = [UInt8](try Data(contentsOf: files[1]))
        let body = second[(try #require(second.firstIndex(of: 0x0A)) + 1)...]
        try (Data(contentsOf: files[0]) + Data(body)).write(to: merged)
        let item = try resultsItem(merged)
        #expect(item["omitted"] as? Double == 0.5, "\(item)")
        #expect(item["difficulty"] as? Double == 0, "\(item)")
    }

    /// The item's entry in `coursec results … --format json`.
    func resultsItem(_ file: URL) throws -> [String: Any] {
        let coursec = try #require(HTMLTestSupport.binary())
        let process = Process()
        process.executableURL = coursec
        process.arguments = ["results", HTMLTestSupport.courses.path, file.path, "--course", Self.site, "--format", "json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
        let report = try #require(json["report"] as? [String: Any])
        let assessments = try #require(report["assessments"] as? [[String: Any]])
        let items = assessments.flatMap { $0["items"] as? [[String: Any]] ?? [] }
        return try #require(items.first { $0["id"] as? String == Self.item }, "coursec results has no \(Self.item)")
    }
}
