import Testing
@testable import CourseKit

/// CS0605 points at the command the typesetter does not know, on every
/// occurrence of a repeated expression, with character columns after
/// accented text; display math on several lines points at the expression.
@Suite struct MathTypesettingCheckTests {
    @Test func everyOccurrenceIsReportedAtItsCommand() throws {
        let lesson = """
            ---
            id: leccion
            title: Lección
            ---

            Razón: $\\smash{1}{2}$ y, otra vez, $\\smash{1}{2}$; bien: $\\frac{1}{2}$ y $x^2$.

            $$
            \\frac{a}{b}
            \\oops
            $$
            """
        let result = try TestRepository.check(["curso/leccion.md": lesson])
        let found = result.with("CS0605").map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)" }
        // Line 6: `Razón: $` is 8 characters (ó is one), so `\smash` starts at column 9.
        #expect(found == ["6:9-15", "6:37-43", "8:1-3"], "\(result.described)")
        #expect(result.with("CS0605").first?.message.description.contains("smash") == true)
    }
}
