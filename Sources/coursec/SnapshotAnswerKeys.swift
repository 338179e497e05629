import CourseKit
import CourseRelease
import CourseResults

extension ContentSnapshot {
    /// The keys `results` scores responses against, or nil when the
    /// snapshot predates recorded keys (or has no quiz at all).
    public func answerKeys(origin: String) -> AnswerKeys? {
        func quiz(_ item: Item) -> QuizKey? {
            guard let questions = item.questions else { return nil }
            var keyed: [KeyedItem] = []
            for question in questions {
                guard let key = question.key else { return nil }
                keyed.append(KeyedItem(id: question.id, key: key, objectives: question.objectives ?? [], location: question.source))
            }
            return QuizKey(id: item.id, title: item.title, isAssessment: item.kind == .assessment,
                           path: questions.first?.source?.file, items: keyed)
        }
        let quizzes = items.filter { $0.kind == .quiz }
        let assessmentKey = assessment.flatMap(quiz)
        let quizKeys = quizzes.compactMap(quiz)
        if (assessment != nil && assessmentKey == nil) || quizKeys.count != quizzes.count { return nil }
        return AnswerKeys(courseID: id, courseTitle: title, version: version, assessment: assessmentKey, quizzes: quizKeys,
                          origin: origin)
    }
}
