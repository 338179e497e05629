import Testing
@testable import CourseKit

/// Two options differ only if a learner would see them differ: case, the
/// accents of Spanish, Portuguese and French, spacing and final punctuation
/// do not count.
@Suite struct QuestionStructureCheckTests {
    @Test func optionsAreComparedWithoutCaseAccentsSpacingOrFinalPunctuation() {
        #expect(QuestionStructureCheck.normalized("  Á  la   ORILLA. ") == "a la orilla")
        #expect(QuestionStructureCheck.normalized("Ñandú;") == "ñandu")
        #expect(QuestionStructureCheck.normalized("Être\u{A0}et\tÜber,") == "etre et uber")
        #expect(QuestionStructureCheck.normalized("$x^2$ ≠ 4") == "$x^2$ ≠ 4")
        #expect(QuestionStructureCheck.normalized("...") == "")
        #expect(QuestionStructureCheck.normalized("3.5") == QuestionStructureCheck.normalized("3.5."))
        #expect(QuestionStructureCheck.normalized("3,5") != QuestionStructureCheck.normalized("35"))
    }
}
