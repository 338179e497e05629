import CourseKit
import Foundation
import Testing
@testable import CourseRendering

@Suite struct QuizPageTests {
    static func answerKey(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"coursec-quiz\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func quizIsAKeyboardUsableFormWithLabelledInputs() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let quiz = try #require(course.quizzes.first)
        let html = renderer.quizPage(quiz, course: course, mode: .practice).html
        #expect(html.contains("<form class=\"quiz\" id=\"coursec-quiz-form\""))
        #expect(html.contains("<label class=\"option\"><input type=\"radio\" name=\"q-suma\" value=\"0\">"))
        #expect(html.contains("<input type=\"checkbox\" name=\"q-pares\" value=\"2\">"))
        #expect(html.contains("<input type=\"radio\" name=\"q-cero\""))
        #expect(html.contains("name=\"q-mitad-b0\" aria-label=\"Espacio 1 de 2 de la pregunta 4\""))
        #expect(html.contains("name=\"q-mitad-b1\""))
        #expect(!html.contains("[["), "blanks must not show their answers")
        #expect(html.contains("<legend class=\"quiz-item-number\">Pregunta 1 de 4</legend>"))
        #expect(html.contains("<button type=\"submit\""))
        #expect(html.contains("src=\"quiz.js\""))
        #expect(html.contains("role=\"status\""))
    }

    @Test func answerKeyDescribesEveryItemForTheScorer() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let quiz = try #require(course.quizzes.first)
        let key = try Self.answerKey(renderer.quizPage(quiz, course: course, mode: .practice).html)
        #expect(key["quizId"] as? String == "practica")
        #expect(key["mode"] as? String == "practice")
        #expect(key["showAnswers"] as? Bool == false)
        let items = try #require(key["items"] as? [[String: Any]])
        #expect(items.map { $0["type"] as? String } == ["choice", "choice", "true-false", "fill-in"])
        #expect(items[0]["correct"] as? [Int] == [0])
        #expect(items[1]["correct"] as? [Int] == [0, 2])
        #expect(items[2]["trueOption"] as? Int == 0)
        let blanks = try #require(items[3]["blanks"] as? [[String: Any]])
        #expect(blanks[0]["answers"] as? [String] == ["4", "cuatro"])
        #expect(blanks[0]["match"] as? String == "exact")
        #expect(blanks[1]["match"] as? String == "contains")
    }

    @Test func showAnswersOffKeepsExplanationsOutOfThePage() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let assessment = try #require(course.assessment)
        let html = renderer.quizPage(assessment, course: course, mode: .final).html
        #expect(!html.contains("SECRETO-EXPLICACION"))
        #expect(!html.contains("class=\"explanation"))
        let practice = renderer.quizPage(try #require(course.quizzes.first), course: course, mode: .practice).html
        #expect(!practice.contains("Porque dos más dos"))
    }

    @Test func showAnswersOnIncludesHiddenExplanations() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        var assessment = try #require(course.assessment)
        assessment.settings.showAnswers = true
        let html = renderer.quizPage(assessment, course: course, mode: .final).html
        #expect(html.contains("<div class=\"explanation\" hidden>"))
        #expect(html.contains("SECRETO-EXPLICACION"))
        #expect(try Self.answerKey(html)["showAnswers"] as? Bool == true)
    }

    @Test func diagnosticAndFinalHaveTheSameItemsInTheSameOrder() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        let assessment = try #require(course.assessment)
        let diagnostic = renderer.quizPage(assessment, course: course, mode: .diagnostic).html
        let final = renderer.quizPage(assessment, course: course, mode: .final).html
        func form(_ html: String) -> Substring? {
            guard let a = html.range(of: "<form"), let b = html.range(of: "</form>") else { return nil }
            return html[a.lowerBound..<b.upperBound]
        }
        #expect(form(diagnostic) != nil && form(diagnostic) == form(final))
        #expect(diagnostic.contains("Evaluación diagnóstica"))
        #expect(final.contains("Evaluación final"))
        #expect(try Self.answerKey(diagnostic)["mode"] as? String == "diagnostic")
        #expect(try Self.answerKey(final)["attempts"] as? Int == 1)
    }

    @Test func answerKeyCannotCloseItsScriptElement() throws {
        let (renderer, course, _) = try RenderingFixture.renderer()
        var quiz = try #require(course.quizzes.first)
        quiz.items[3].blanks[0].answers = ["</script><script>alert(1)</script>"]
        let html = renderer.quizPage(quiz, course: course, mode: .practice).html
        #expect(!html.contains("<script>alert(1)"))
        #expect(try Self.answerKey(html)["items"] != nil)
    }
}
