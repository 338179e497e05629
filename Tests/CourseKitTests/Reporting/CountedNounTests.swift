import Testing
import CourseKit

@Suite struct CountedNounTests {
    @Test func singularOnlyForOne() {
        #expect(CountedNoun.lesson(1) == "1 lección")
        #expect(CountedNoun.lesson(0) == "0 lecciones")
        #expect(CountedNoun.practiceQuiz(1) == "1 práctica")
        #expect(CountedNoun.practiceQuiz(8) == "8 prácticas")
        #expect(CountedNoun.quiz(2) == "2 evaluaciones")
    }
}
