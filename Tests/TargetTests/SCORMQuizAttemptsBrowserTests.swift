import Foundation
import Testing

/// The example course's SCORM package played in Chromium against the strict
/// LMS-side SCORM 1.2 API (Fixtures/browser/lms.js), launch after launch,
/// with the LMS starting a new attempt after a normal exit as some LMSs do:
/// attempts are enforced, answers and results come back on relaunch, a
/// recorded result is never lowered, and the LMS refuses nothing the SCO
/// sends (no API error).
@Suite(.serialized, .enabled(if: BrowserDriver.available, "chromium is not installed; skipping the browser tests"))
struct SCORMQuizAttemptsBrowserTests {
    /// The package, unpacked once, with the driver at its root.
    static let package: Result<URL, Error> = Result {
        let (result, output) = try #require(SCORMTestSupport.example, "the example course did not build")
        let zip = try #require(SCORMTestSupport.packages(in: result, output: output).first)
        let folder = try SCORMTestSupport.temporaryFolder("attempts")
        try SCORMTestSupport.unzip(zip, into: folder)
        try BrowserDriver.install(in: folder)
        return folder
    }

    static let finalPage = "assessment/final.html"
    static let practicePage = "quizzes/practica-numeros.html"

    static func lms(_ name: String) -> BrowserDriver.LMS { .init(storageKey: name) }

    @Test func oneAttemptFinalCannotBeRetakenByButtonFormOrRelaunch() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz(Self.finalPage, in: folder)
        #expect(quiz.key.attempts == 1)
        let launch = BrowserDriver.Step.launch(Self.finalPage, sco: "final", mastery: 60)
        let report = try BrowserDriver.run("one-attempt", in: folder, lms: Self.lms("one-attempt"), steps:
            [launch, .snapshot("fresh")] + quiz.answers(right: false)
            + [.click(".quiz-submit"), .snapshot("submitted"), .click(".quiz-retry"), .click(".quiz-submit"),
               .submitForm(), .exit(), .lms("first"),
               launch, .snapshot("relaunched")] + quiz.answers(right: true)
            + [.click(".quiz-submit"), .submitForm(), .exit(), .lms("end")])

        let fresh = try report.page("fresh")
        #expect(fresh.buttonClasses == ["button quiz-submit"], "before answering only 'Enviar' shows: \(fresh.buttonClasses)")
        let submitted = try report.page("submitted")
        #expect(submitted.quizState == "closed")
        #expect(submitted.buttonClasses.isEmpty, "no button after the only attempt: \(submitted.buttonClasses)")
        #expect(submitted.enabledInputs == 0)
        #expect(submitted.attemptsText?.contains("un solo intento") == true)
        #expect(report.clicks.map(\.clicked) == [true, false, false, false], "\(report.clicks)")

        let relaunched = try report.page("relaunched")
        #expect(relaunched.quizState == "closed")
        #expect(relaunched.score == "0" && relaunched.passed == "false", "the result comes back from the LMS")
        #expect(relaunched.status == "failed")
        #expect(relaunched.scoreText?.hasPrefix("Tu calificación: 0 de 100") == true, "\(relaunched.scoreText ?? "")")

        let final = try #require(try report.lms("end")["final"])
        #expect(final["cmi.core.lesson_status"] == "failed")
        #expect(final["cmi.core.score.raw"] == "0")
        #expect(final.interactions.count == quiz.key.items.count, "one attempt's interactions only")
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
        #expect(report.failures.isEmpty, "\(report.failures)")
    }

    @Test func relaunchingAPassedFinalAndAnsweringWronglyKeepsThePass() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz(Self.finalPage, in: folder)
        let launch = BrowserDriver.Step.launch(Self.finalPage, sco: "final", mastery: 60)
        let report = try BrowserDriver.run("keep-pass", in: folder, lms: Self.lms("keep-pass"), steps:
            [launch] + quiz.answers(right: true) + [.click(".quiz-submit"), .exit(), launch, .snapshot("relaunched")]
            + quiz.answers(right: false) + [.click(".quiz-submit"), .submitForm(), .exit(), .lms("end")])

        let relaunched = try report.page("relaunched")
        #expect(relaunched.score == "100" && relaunched.status == "passed", "\(relaunched)")
        #expect(relaunched.answers == BrowserQuiz.shown(quiz.answers(right: true)), "the answers given come back")
        let final = try #require(try report.lms("end")["final"])
        #expect(final["cmi.core.lesson_status"] == "passed")
        #expect(final["cmi.core.score.raw"] == "100")
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
    }

    @Test func halfAnsweredQuizIsSuspendedWithItsAnswersAndResumed() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz(Self.practicePage, in: folder)
        let given = Array(quiz.answers(right: true).prefix(2))
        let launch = BrowserDriver.Step.launch(Self.practicePage, sco: "practica", mastery: 60)
        let report = try BrowserDriver.run("resume", in: folder, lms: Self.lms("resume"), steps:
            [launch] + given + [.exit(), .lms("suspended"), launch, .snapshot("resumed")])

        let record = try #require(try report.lms("suspended")["practica"])
        #expect(record.lastExit == "suspend")
        #expect(record["cmi.core.lesson_status"] == "incomplete")
        let suspendData = record["cmi.suspend_data"] ?? ""
        #expect(!suspendData.isEmpty && suspendData.count <= 4096, "suspend_data: '\(suspendData)'")
        let resumed = try report.page("resumed")
        #expect(resumed.quizState == "answering")
        #expect(resumed.status == "in-progress")
        let expected = BrowserQuiz.shown(given)
        for (item, answer) in expected { #expect(resumed.answers?[item] == answer, "\(item)") }
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
    }

    @Test func submittedPracticeRelaunchesWithItsResultAndARetryNeverLowersIt() throws {
        let folder = try Self.package.get()
        let quiz = try BrowserQuiz(Self.practicePage, in: folder)
        #expect(quiz.key.attempts == 0, "practice quizzes allow any number of attempts")
        let launch = BrowserDriver.Step.launch(Self.practicePage, sco: "practica", mastery: 60)
        let report = try BrowserDriver.run("practice-retry", in: folder, lms: Self.lms("practice-retry"), steps:
            [launch] + quiz.answers(right: true) + [.click(".quiz-submit"), .exit(), launch, .snapshot("relaunched"),
                                                   .click(".quiz-retry"), .snapshot("retrying")]
            + quiz.answers(right: false) + [.click(".quiz-submit"), .snapshot("second"), .exit(), .lms("end")])

        let relaunched = try report.page("relaunched")
        #expect(relaunched.quizState == "submitted")
        #expect(relaunched.scoreText?.hasPrefix("Tu calificación: 100 de 100") == true, "\(relaunched.scoreText ?? "")")
        #expect(relaunched.answers == BrowserQuiz.shown(quiz.answers(right: true)))
        #expect(relaunched.buttonClasses == ["button quiz-retry"])
        let retrying = try report.page("retrying")
        #expect(retrying.buttonClasses == ["button quiz-submit"])
        #expect(retrying.answers?.values.allSatisfy { $0.allSatisfy { $0 == .text("") } } == true, "a new attempt starts blank")
        let second = try report.page("second")
        #expect(second.score == "0")
        #expect(second.scoreText?.contains("Tu mejor calificación, la que cuenta: 100 de 100") == true, "\(second.scoreText ?? "")")
        #expect(second.status == "passed")

        let record = try #require(try report.lms("end")["practica"])
        #expect(record["cmi.core.lesson_status"] == "passed")
        #expect(record["cmi.core.score.raw"] == "100", "the best attempt counts")
        #expect(record.interactions.count == 2 * quiz.key.items.count, "both attempts are in the journal")
        #expect(report.errors.isEmpty, "the LMS refused: \(report.errors)")
    }
}
