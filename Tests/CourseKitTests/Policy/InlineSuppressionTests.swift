import Testing
@testable import CourseKit

/// `<!-- coursec-disable RULE: reason -->` silences one rule on the next
/// element only; missing reasons, unknown rules and unused suppressions are
/// reported.
@Suite struct InlineSuppressionTests {
    static let question = "¿Cuál es par? {#par-QID objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] Ninguna de las anteriores\n"

    /// A practice quiz of two "none of the above" questions, with `before1`
    /// and `before2` written before each.
    static func quiz(before1: String = "", before2: String = "") -> String {
        var text = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n"
        if !before1.isEmpty { text += before1 + "\n\n" }
        text += "1. " + question.replacingOccurrences(of: "QID", with: "1") + "\n"
        if !before2.isEmpty { text += before2 + "\n\n" }
        text += "2. " + question.replacingOccurrences(of: "QID", with: "2")
        return text
    }

    static func check(_ quiz: String, policy: String = "") throws -> CourseCompiler.Result {
        var files = ExampleFiles.aligned(["curso/practica.md": quiz])
        if !policy.isEmpty { files["coursec.yaml"] = ExampleFiles.manifest(policy: policy) }
        return try TestRepository.check(files)
    }

    static func lines(_ result: CourseCompiler.Result, _ id: String) -> [Int] { result.with(id).map(\.range.start.line) }

    @Test func silencesTheRuleOnTheNextQuestionOnly() throws {
        let unsuppressed = try Self.check(Self.quiz())
        #expect(Self.lines(unsuppressed, "CS0324") == [11, 17], "\(unsuppressed.described)")
        let second = try Self.check(Self.quiz(before2: "<!-- coursec-disable CS0324: enseña a descartar -->"))
        #expect(Self.lines(second, "CS0324") == [11], "\(second.described)")
        #expect(second.with("CS0903").isEmpty)
        let first = try Self.check(Self.quiz(before1: "<!-- coursec-disable CS0324: enseña a descartar -->"))
        #expect(Self.lines(first, "CS0324") == [19], "\(first.described)")
        #expect(first.with("CS0903").isEmpty)
    }

    @Test func aRuleNameWorksAsWellAsItsID() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- coursec-disable all-or-none-of-the-above: a propósito -->"))
        #expect(Self.lines(result, "CS0324") == [19], "\(result.described)")
        #expect(result.with("CS0902").isEmpty)
    }

    @Test func stackedSuppressionsApplyToTheSameElement() throws {
        let comments = "<!-- coursec-disable CS0324: a propósito -->\n<!-- coursec-disable CS0325: también -->"
        // The right option "Ninguna de las anteriores" is also much longer
        // than "3" and "5": both rules fire on each question without them.
        let result = try Self.check(Self.quiz(before1: comments))
        #expect(Self.lines(result, "CS0324") == [20], "\(result.described)")
        #expect(Self.lines(result, "CS0325") == [20], "\(result.described)")
        #expect(result.with("CS0903").isEmpty, "\(result.described)")
    }

    @Test func anUnusedSuppressionIsReportedAtTheComment() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- coursec-disable CS0326: no hay negación -->"))
        #expect(result.with("CS0903").map { "\($0.range.start.line):\($0.range.start.column)" } == ["7:1"], "\(result.described)")
        #expect(result.with("CS0903").first?.severity == .warning)
        #expect(Self.lines(result, "CS0324") == [13, 19])
    }

    @Test func aSuppressionOfARuleThePolicyTurnedOffIsUnused() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- coursec-disable CS0324: a propósito -->"), policy: "    CS0324: off\n")
        #expect(result.with("CS0324").isEmpty)
        #expect(result.with("CS0903").count == 1, "\(result.described)")
    }

    @Test func aSuppressionWithoutAReasonIsAnErrorAndTakesNoEffect() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- coursec-disable CS0324 -->"))
        #expect(result.with("CS0902").map { $0.range.start.line } == [7], "\(result.described)")
        #expect(result.with("CS0902").first?.message.description.contains("gives no reason") == true)
        #expect(Self.lines(result, "CS0324") == [13, 19], "\(result.described)")
        #expect(result.with("CS0903").isEmpty)
    }

    @Test func aSuppressionOfAnUnknownRuleIsAnErrorWithASuggestion() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- coursec-disable CS0342: typo -->"))
        let message = try #require(result.with("CS0902").first?.message.description)
        #expect(message.contains("'CS0342', which is not a rule; did you mean"), "\(message)")
    }

    @Test func otherCommentsAreIgnored() throws {
        let result = try Self.check(Self.quiz(before1: "<!-- nota para el equipo: revisar -->"))
        #expect(result.with("CS0902").isEmpty && result.with("CS0903").isEmpty)
        #expect(Self.lines(result, "CS0324").count == 2)
    }

    @Test func inALessonItAppliesToTheNextBlock() throws {
        let lesson = ExampleFiles.lesson().replacingOccurrences(of: "Texto de la lección.\n", with:
            "<!-- coursec-disable CS0208: imagen decorativa -->\n\n![](media/a.png)\n\n![](media/b.png)\n")
        var files = ExampleFiles.aligned(["curso/leccion.md": lesson])
        files["curso/media/a.png"] = "png"
        files["curso/media/b.png"] = "png"
        let result = try TestRepository.check(files)
        #expect(result.with("CS0208").map(\.range.start.line) == [12], "\(result.described)")
        #expect(result.with("CS0903").isEmpty, "\(result.described)")
    }
}
