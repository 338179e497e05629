import CoursecTestSupport
import Foundation
import Testing

/// The offline course in Chromium, driven as a learner would use it on a
/// phone (Fixtures/browser/driver.js): attempts hold whatever the learner
/// does (the button, a reload, a second window, submitting the form
/// without its button), answers and results survive a reload, and the
/// index tells passed, failed, in progress and not started apart in words
/// and symbols, counting completed activities as the platform does.
@Suite(.serialized, .enabled(if: BrowserDriver.available, "chromium is not installed; skipping the browser tests"))
struct OfflineQuizBrowserTests {
    /// A copy of the example course's offline site with the driver beside it.
    static let site: Result<URL, Error> = Result {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        let folder = try HTMLTestSupport.temporaryFolder("browser-site")
        try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/matematicas-1"),
                                         to: folder.appendingPathComponent("matematicas-1"))
        try BrowserDriver.install(in: folder)
        return folder
    }

    static let final = "matematicas-1/evaluacion/final.html"
    static let practice = "matematicas-1/practicas/01-practica-numeros.html"

    @Test func retryIsNotOfferedBeforeAnsweringAnyQuiz() throws {
        let folder = try Self.site.get()
        let report = try BrowserDriver.run("no-retry", in: folder, steps: [
            .launch(Self.final), .snapshot("final"), .launch(Self.practice), .snapshot("practice"),
        ])
        for name in ["final", "practice"] {
            let page = try report.page(name)
            #expect(page.buttonClasses == ["button quiz-submit"], "\(name): \(page.buttonClasses)")
            #expect(page.status == "not-started" && page.statusText == "○ Sin empezar", "\(name)")
        }
    }

    @Test func finalTakesOneSubmissionWhateverTheLearnerDoes() throws {
        let folder = try Self.site.get()
        let quiz = try BrowserQuiz(Self.final, in: folder)
        #expect(quiz.key.attempts == 1)
        let report = try BrowserDriver.run("one-submission", in: folder, steps:
            // Two windows open the final before either submits.
            [.launch(Self.final, frame: "a"), .launch(Self.final, frame: "b")]
            + quiz.answers(right: false, frame: "a") + [.click(".quiz-submit", frame: "a"), .snapshot("a")]
            + quiz.answers(right: true, frame: "b") + [.click(".quiz-submit", frame: "b"), .snapshot("b"),
                                                      .click(".quiz-retry", frame: "a"), .submitForm("a"),
                                                      .reload("a"), .snapshot("reloaded")]
            + quiz.answers(right: true, frame: "a") + [.submitForm("a"), .click(".quiz-submit", frame: "a"),
                                                      .storage("storage")])

        let a = try report.page("a")
        #expect(a.quizState == "closed" && a.score == "0" && a.buttonClasses.isEmpty, "\(a)")
        let b = try report.page("b")
        #expect(b.quizState == "closed", "the second window shows the attempt the first used")
        #expect(b.score == "0", "\(b.scoreText ?? "")")
        let reloaded = try report.page("reloaded")
        #expect(reloaded.quizState == "closed" && reloaded.score == "0" && reloaded.status == "failed")
        #expect(reloaded.scoreText?.hasPrefix("Tu calificación: 0 de 100") == true, "the result is shown after a reload")
        // The second window shows the used attempt as soon as its learner answers: no button to press.
        #expect(report.clicks.map(\.clicked) == [true, false, false, false], "\(report.clicks)")

        let stored = try #require(try report.storage("storage")["coursec:matematicas-1:quiz:\(quiz.key.quizId):final"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any])
        #expect(record["attempts"] as? Int == 1, "\(stored)")
        #expect(record["status"] as? String == "failed")
        #expect(record["passed"] as? Bool == false)

        // The journal for the results file holds the one attempt taken, never a refused one.
        let kept = try #require(try report.storage("storage")["coursec:matematicas-1:responses:\(quiz.key.quizId):final"])
        let journal = try #require(try JSONSerialization.jsonObject(with: Data(kept.utf8)) as? [String: Any])
        #expect(journal["items"] as? [String] == quiz.itemIDs)
        let attempts = try #require(journal["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1, "\(kept)")
        #expect(attempts.first?["n"] as? Int == 1 && attempts.first?["v"] as? String == "1.0.0")
        let wrong = quiz.answers(right: false).compactMap { ($0.fields["choose"] as? [Int])?.first }
        #expect(attempts.first?["r"] as? [String] == wrong.map { String(UnicodeScalar(UInt8(97 + $0))) }, "\(kept)")
    }

    @Test func answersAndScoreSurviveAReload() throws {
        let folder = try Self.site.get()
        let quiz = try BrowserQuiz(Self.practice, in: folder)
        let partial = Array(quiz.answers(right: true).prefix(2))
        let report = try BrowserDriver.run("reload", in: folder, steps:
            [.launch(Self.practice)] + partial + [.reload(), .snapshot("partial")]
            + quiz.answers(right: true) + [.click(".quiz-submit"), .reload(), .snapshot("submitted")])

        let restored = try report.page("partial")
        #expect(restored.status == "in-progress" && restored.statusText?.hasPrefix("◐") == true)
        for (item, answer) in BrowserQuiz.shown(partial) { #expect(restored.answers?[item] == answer, "\(item)") }
        let submitted = try report.page("submitted")
        #expect(submitted.score == "100" && submitted.passed == "true")
        #expect(submitted.scoreText?.hasPrefix("Tu calificación: 100 de 100") == true)
        #expect(submitted.answers == BrowserQuiz.shown(quiz.answers(right: true)))
        #expect(submitted.buttonClasses == ["button quiz-retry"], "a practice quiz can be taken again")
    }

    @Test func indexTellsPassedFailedInProgressAndNotStartedApart() throws {
        let folder = try Self.site.get()
        let passed = try BrowserQuiz(Self.practice, in: folder)
        let failed = try BrowserQuiz("matematicas-1/practicas/02-practica-operaciones.html", in: folder)
        let started = try BrowserQuiz("matematicas-1/practicas/03-practica-proporcionalidad.html", in: folder)
        let report = try BrowserDriver.run("index", in: folder, steps:
            [.launch(passed.page)] + passed.answers(right: true) + [.click(".quiz-submit"),
             .launch(failed.page)] + failed.answers(right: false) + [.click(".quiz-submit"), .snapshot("failedPage"),
             .launch(started.page), started.answers(right: true)[0],
             .launch("matematicas-1/lecciones/01-naturales-y-enteros.html"),
             .launch("matematicas-1/index.html"), .snapshot("index")])

        let index = try report.page("index")
        let entries = try #require(index.entries)
        func entry(_ quiz: BrowserQuiz) -> BrowserReport.Page.Entry? { index.entry("quiz:\(quiz.key.quizId):practice") }
        #expect(entry(passed)?.status == "passed")
        #expect(entry(passed)?.text == "✓ Aprobada · 100 de 100")
        #expect(entry(failed)?.status == "failed")
        #expect(entry(failed)?.text == "✗ No aprobada · 0 de 100", "a failed quiz must not look passed")
        #expect(entry(started)?.status == "in-progress")
        #expect(entry(started)?.text.hasPrefix("◐ En curso · 1 de") == true)
        #expect(index.entry("lesson:naturales-y-enteros")?.text == "✓ Vista")
        #expect(index.entry("quiz:evaluacion-matematicas-1:final")?.text == "○ Sin empezar")
        // The platform's progress rate: completed items over all items.
        #expect(index.progressText == "Has completado 3 de \(entries.count) actividades (\(Int((300.0 / Double(entries.count)).rounded())) %).")
        #expect(try report.page("failedPage").statusText == "✗ No aprobada")
    }
}
