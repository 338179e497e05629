import CoursecTestSupport
import Foundation
import Testing

/// The evidence loop of the offline course, end to end in Chromium: four
/// learners, each in a browser context of their own (their own device),
/// take the diagnostic (and three of them the final) of the example
/// course's offline site as planned here, download their results from the
/// index ("Descargar mis resultados", asked for their code once); a teacher
/// merges the files on `docente.html`, which refuses, in Spanish, a file of
/// another version, one of another course and one that is not a results
/// file; then `coursec results` reads the merged file. The responses in the
/// files are checked against the SCORM 1.2 formats written from the plan,
/// and every statistic against values computed here from the plan alone.
@Suite(.serialized, .enabled(if: BrowserDriver.available && HTMLTestSupport.binary() != nil,
                             "chromium or the coursec binary is missing; skipping the browser test"))
struct OfflineResultsBrowserTests {
    struct Learner {
        var code: String
        var diagnostic: [AnswerPlan.Answer]
        var final: [AnswerPlan.Answer]?
    }

    static let site = "matematicas-1"
    static let columns = ["learner", "assessment", "item", "response", "attempt", "timestamp", "course", "version"]

    /// The rows a learner's file must hold for an attempt, from the plan.
    static func expectedRows(_ code: String, _ assessment: String, _ attempt: Int, _ plan: [AnswerPlan.Answer],
                             _ quiz: BrowserQuiz) -> [[String]] {
        zip(plan, quiz.key.items).map { answer, item in
            [code, assessment, item.id, AnswerPlan.response(answer, to: item), String(attempt)]
        }
    }

    @Test func learnersResultsComeBackThroughTheTeacherPageAndCoursecResults() throws {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        let folder = try HTMLTestSupport.temporaryFolder("results-loop")
        try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/\(Self.site)"),
                                         to: folder.appendingPathComponent(Self.site))
        let root = folder.appendingPathComponent(Self.site)
        let diagnosticQuiz = try BrowserQuiz("\(Self.site)/evaluacion/diagnostica.html", in: folder)
        let finalQuiz = try BrowserQuiz("\(Self.site)/evaluacion/final.html", in: folder)
        let practice = try BrowserQuiz("\(Self.site)/practicas/01-practica-numeros.html", in: folder)
        let key = diagnosticQuiz.key
        #expect(key.items.count == 20 && finalQuiz.itemIDs == diagnosticQuiz.itemIDs)
        #expect(Set(practice.key.items.map(\.type)) == ["choice", "true-false", "fill-in"], "the practice has every type")

        let learners = [
            Learner(code: "M1-001", diagnostic: AnswerPlan.plan(key, right: { $0 < 5 }, blank: { $0 >= 15 }),
                    final: AnswerPlan.plan(key, right: { $0 < 12 })),
            Learner(code: "M1-002", diagnostic: AnswerPlan.plan(key, right: { $0 % 2 == 0 }),
                    final: AnswerPlan.plan(key, right: { $0 % 5 != 4 })),
            Learner(code: "M1-003", diagnostic: AnswerPlan.plan(key, right: { _ in false }, blank: { $0 % 4 == 3 }),
                    final: AnswerPlan.plan(key, right: { $0 < 7 })),
            // A code with a comma, a space and an accent: quoted in the CSV, kept as typed.
            Learner(code: "Pérez, Ana", diagnostic: AnswerPlan.plan(key, right: { $0 % 3 == 0 }), final: nil),
        ]
        // The first learner also takes the practice twice, with every kind of answer.
        let practiceAttempts: [[AnswerPlan.Answer]] = [
            [.options([2]), .options([0, 3]), .options([1]), .text("9"), .options([1])],
            [.options([1]), .options([0, 1, 3]), .options([0]), .text("nueve"), .blank],
        ]
        #expect(practice.key.items.contains { $0.trueOption != nil })

        let browser = try DevToolsBrowser()
        defer { browser.shutdown() }
        var files: [URL] = []
        for (n, learner) in learners.enumerated() {
            let page = try browser.newPage(downloads: folder.appendingPathComponent("descargas-\(n)"))
            try page.open(root.appendingPathComponent("evaluacion/diagnostica.html"))
            let diagnosticScore = try page.take(learner.diagnostic)
            #expect(diagnosticScore == String(Int(AnswerPlan.score(learner.diagnostic, key))), "\(learner.code): the page's score")
            if let final = learner.final {
                try page.open(root.appendingPathComponent("evaluacion/final.html"))
                #expect(try page.take(final) == String(Int(AnswerPlan.score(final, key))))
            }
            if n == 0 {
                try page.open(folder.appendingPathComponent(practice.page))
                _ = try page.take(practiceAttempts[0])
                #expect(try page.press(".quiz-retry"))
                _ = try page.take(practiceAttempts[1])
            }

            // The index asks for the code once, explains it, then downloads.
            try page.open(root.appendingPathComponent("index.html"))
            #expect(try !page.isHidden("#coursec-results"))
            #expect(try page.isHidden("#coursec-learner-form"), "the code is asked for when the learner downloads")
            #expect(try page.press("#coursec-download-results"))
            #expect(try !page.isHidden("#coursec-learner-form"))
            #expect(try page.text("#coursec-learner-hint").contains("para que tu docente sepa"))
            try page.evaluate("document.getElementById('coursec-learner-code').focus()")
            try page.type(learner.code)
            let file = try page.download { let pressed = try page.press("#coursec-learner-form button[type=submit]"); #expect(pressed) }
            #expect(try page.text("#coursec-download-status").hasPrefix("Se descargó «\(file.lastPathComponent)»"))
            files.append(file)

            if n == 0 {
                // Asked once: the next download needs no code, and gives the same file.
                try page.open(root.appendingPathComponent("index.html"))
                #expect(try page.text("#coursec-learner-shown-code") == learner.code)
                let again = try page.download { let pressed = try page.press("#coursec-download-results"); #expect(pressed) }
                #expect(try page.isHidden("#coursec-learner-form"))
                #expect(try Data(contentsOf: again) == Data(contentsOf: file))
            }
        }
        #expect(files.map(\.lastPathComponent) == ["resultados-matematicas-1-M1-001.csv", "resultados-matematicas-1-M1-002.csv",
                                                   "resultados-matematicas-1-M1-003.csv", "resultados-matematicas-1-Perez_Ana.csv"])

        // Each file holds every attempt, in the formats coursec reads.
        for (learner, file) in zip(learners, files) {
            let rows = try CSVRows.read(file)
            #expect(rows.first == Self.columns)
            let body = Array(rows.dropFirst())
            var expected = Self.expectedRows(learner.code, "diagnostic", 1, learner.diagnostic, diagnosticQuiz)
            if learner.code == "M1-001" {
                for (n, attempt) in practiceAttempts.enumerated() {
                    expected += Self.expectedRows(learner.code, practice.key.quizId, n + 1, attempt, practice)
                }
            }
            if let final = learner.final {
                expected += Self.expectedRows(learner.code, "final", 1, final, finalQuiz)
            }
            #expect(body.map { Array($0.prefix(5)) } == expected, "\(file.lastPathComponent)")
            #expect(body.allSatisfy { $0.count == 8 && $0[6] == "matematicas-1" && $0[7] == "1.0.0" })
            #expect(body.allSatisfy { $0[5].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil },
                    "timestamps in UTC to the second")
        }

        // Files the teacher page must refuse or notice.
        let strays = folder.appendingPathComponent("otros")
        try FileManager.default.createDirectory(at: strays, withIntermediateDirectories: true)
        let fourth = try String(contentsOf: files[3], encoding: .utf8)
        let otherVersion = strays.appendingPathComponent("otra-version.csv")
        try fourth.replacingOccurrences(of: ",1.0.0\r\n", with: ",0.9.0\r\n").write(to: otherVersion, atomically: true, encoding: .utf8)
        let otherCourse = strays.appendingPathComponent("otro-curso.csv")
        try fourth.replacingOccurrences(of: ",matematicas-1,", with: ",fisica-1,").write(to: otherCourse, atomically: true, encoding: .utf8)
        let notes = strays.appendingPathComponent("notas.csv")
        try "nombre,calificación\nAna,9\n".write(to: notes, atomically: true, encoding: .utf8)
        let copy = strays.appendingPathComponent("copia.csv")
        try FileManager.default.copyItem(at: files[1], to: copy)

        let teacher = try browser.newPage(downloads: folder.appendingPathComponent("docente"))
        try teacher.open(root.appendingPathComponent("docente.html"))
        try teacher.choose(files, in: "#coursec-result-files")
        try teacher.waitUntil("document.getElementById('coursec-merge-summary').getAttribute('data-files') === '4'")
        try teacher.choose([otherVersion, otherCourse, notes, copy], in: "#coursec-result-files")
        try teacher.waitUntil("document.getElementById('coursec-merge-summary').getAttribute('data-files') === '8'")
        try teacher.evaluate("document.getElementById('coursec-group-name').focus()")
        try teacher.type("1.º A")
        let outcomes = try #require(try teacher.evaluate("""
            [].map.call(document.querySelectorAll('#coursec-merge-files li'), function (li) {
              return [li.getAttribute('data-file'), li.getAttribute('data-outcome'), li.textContent];
            })
            """) as? [[String]])
        let byFile = Dictionary(outcomes.map { ($0[0], ($0[1], $0[2])) }, uniquingKeysWith: { first, _ in first })
        for file in files { #expect(byFile[file.lastPathComponent]?.0 == "ok", "\(byFile[file.lastPathComponent] ?? ("", ""))") }
        #expect(byFile["otra-version.csv"]?.0 == "refused")
        #expect(byFile["otra-version.csv"]?.1.contains("de la versión 0.9.0 del curso; esta página es de la versión 1.0.0") == true,
                "\(byFile["otra-version.csv"]?.1 ?? "")")
        #expect(byFile["otro-curso.csv"]?.0 == "refused")
        #expect(byFile["otro-curso.csv"]?.1.contains("Es del curso «fisica-1», no de «matematicas-1»") == true)
        #expect(byFile["notas.csv"]?.1.contains("No es un archivo de «Descargar mis resultados»") == true)
        #expect(byFile["copia.csv"]?.0 == "repeated")
        let summary = try teacher.text("#coursec-merge-summary")
        #expect(summary.contains("150 respuestas de 4 estudiantes: 4 con evaluación diagnóstica y 3 con evaluación final"), "\(summary)")
        let merged = try teacher.download { let pressed = try teacher.press("#coursec-merge-download"); #expect(pressed) }
        #expect(merged.lastPathComponent == "resultados-matematicas-1-1.0.0-1._A.csv")

        browser.shutdown()
        #expect(browser.pageErrors.isEmpty, "\(browser.pageErrors)")
        let log = (try? String(contentsOf: browser.netLog, encoding: .utf8)) ?? ""
        #expect(!log.isEmpty, "chromium wrote no network log")
        #expect(ChromiumOfflineCourseTests.requests(in: log).isEmpty, "the site made network requests")

        // The merged file: every learner's rows once, with the group.
        let mergedRows = try CSVRows.read(merged)
        #expect(mergedRows.first == Self.columns + ["grupo"])
        #expect(mergedRows.count == 151)
        #expect(mergedRows.dropFirst().allSatisfy { $0.count == 9 && $0[8] == "1.º A" })
        let learnerRows = try files.flatMap { try CSVRows.read($0).dropFirst() }
        #expect(mergedRows.dropFirst().map { Array($0.prefix(8)) } == learnerRows)

        try checkResults(of: merged, learners: learners, practice: practice, practiceAttempts: practiceAttempts, key: key)
    }

    /// `coursec results Courses merged.csv --format json --show-learners`
    /// against the statistics computed here from the plans.
    func checkResults(of merged: URL, learners: [Learner], practice: BrowserQuiz, practiceAttempts: [[AnswerPlan.Answer]],
                      key: BrowserQuiz.Key) throws {
        let coursec = try #require(HTMLTestSupport.binary())
        let process = Process()
        process.executableURL = coursec
        process.arguments = ["results", HTMLTestSupport.courses.path, merged.path, "--course", "matematicas-1", "--format", "json", "--show-learners"]
        let errors = merged.deletingLastPathComponent().appendingPathComponent("coursec-stderr.txt")
        #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
        process.standardError = try FileHandle(forWritingTo: errors)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "coursec results: \(stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any], "\(stderr)")
        let diagnostics = json["diagnostics"] as? [[String: Any]] ?? []
        #expect(!diagnostics.contains { ($0["id"] as? String ?? "").hasPrefix("CS100") }, "\(diagnostics)")
        let report = try #require(json["report"] as? [String: Any])
        let input = try #require(report["input"] as? [String: Any])
        #expect(input["rowsRead"] as? Int == 150)
        #expect(input["rowsUsed"] as? Int == 145, "the practice's second attempt is counted, not scored")
        #expect(input["laterAttemptResponses"] as? Int == 5)
        #expect(input["learners"] as? Int == 4)
        #expect(input["groupColumns"] as? [String] == ["grupo"])

        // Each learner's scores.
        let reported = try #require(report["learners"] as? [[String: Any]])
        for learner in learners {
            let entry = try #require(reported.first { $0["code"] as? String == learner.code }, "\(learner.code)")
            #expect(entry["pre"] as? Double == AnswerPlan.score(learner.diagnostic, key), "\(learner.code)")
            #expect(entry["post"] as? Double == learner.final.map { AnswerPlan.score($0, key) }, "\(learner.code)")
        }

        // Gains of the matched learners: mean gain, Hake's class ⟨g⟩, the learners' mean g.
        let matched = learners.compactMap { l in l.final.map { (pre: AnswerPlan.score(l.diagnostic, key), post: AnswerPlan.score($0, key)) } }
        let n = Double(matched.count)
        let meanPre = matched.map(\.pre).reduce(0, +) / n
        let meanPost = matched.map(\.post).reduce(0, +) / n
        let withRoom = matched.filter { $0.pre < 100 }
        let learnerG = withRoom.map { ($0.post - $0.pre) / (100 - $0.pre) }.reduce(0, +) / Double(withRoom.count)
        let gains = try #require(report["gains"] as? [String: Any])
        #expect(gains["matched"] as? Int == 3 && gains["diagnosticOnly"] as? Int == 1 && gains["finalOnly"] as? Int == 0)
        let overall = try #require(gains["overall"] as? [String: Any])
        func close(_ name: String, _ expected: Double) {
            let value = overall[name] as? Double
            #expect(value.map { abs($0 - expected) < 1e-9 } == true, "\(name): \(value ?? .nan) ≠ \(expected)")
        }
        close("meanPre", meanPre)
        close("meanPost", meanPost)
        close("meanGain", meanPost - meanPre)
        close("classNormalizedGain", (meanPost - meanPre) / (100 - meanPre))
        close("learnerNormalizedGain", learnerG)

        // Item analysis of the diagnostic: difficulty and omission per item.
        let assessments = try #require(report["assessments"] as? [[String: Any]])
        let diagnostic = try #require(assessments.first { $0["name"] as? String == "diagnostic" })
        #expect(diagnostic["takers"] as? Int == learners.count)
        let items = try #require(diagnostic["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String ?? "" } == key.items.map(\.id))
        for (n, item) in items.enumerated() {
            let right = learners.filter { AnswerPlan.isRight($0.diagnostic[n], key.items[n]) }.count
            let blank = learners.filter { if case .blank = $0.diagnostic[n] { true } else { false } }.count
            #expect(item["difficulty"] as? Double == Double(right) / Double(learners.count), "\(key.items[n].id)")
            #expect(item["omitted"] as? Double == Double(blank) / Double(learners.count), "\(key.items[n].id)")
        }
        // The practice: one taker, scored on the first attempt.
        let quiz = try #require(assessments.first { $0["name"] as? String == practice.key.quizId })
        #expect(quiz["takers"] as? Int == 1)
        let meanScore = try #require(quiz["meanScore"] as? Double)
        #expect(abs(meanScore - AnswerPlan.score(practiceAttempts[0], practice.key)) < 1e-9)
    }
}
