/// What the platform's question CSV will change or ask of the deployer,
/// reported by `coursec check` from the same rules the `mct` target writes
/// with (`PlatformQuestionText`): commas in question text (CS0701),
/// separators and formulas in explanations and answers (CS0702), and quizzes
/// that mix choice counts (CS0703), one note per quiz.
public struct PlatformQuestionCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [PlatformRules.commaInQuestionText, PlatformRules.separatorInValue, PlatformRules.placeholderChoices] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) { check(quiz, context.sink) }
        }
    }

    func check(_ quiz: Quiz, _ sink: DiagnosticSink) {
        // One comma warning per quiz, a note at each question's comma: per
        // question it would drown the rest.
        let withCommas = quiz.items.compactMap { item in
            PlatformQuestionText.hasComma(item) ? Self.rewordableComma(item).map { (item.id.value, $0) } : nil
        }
        if let (_, first) = withCommas.first {
            let title = quiz.title.value, ids = Self.list(withCommas.map(\.0))
            let message: Message = withCommas.count == 1
                ? "1 question of “\(title)” has commas, which the platform's guidance asks to avoid because people check its CSV by counting them (the CSV quotes them, so the import works); reword where the grammar allows (a semicolon, “y”, two sentences) and keep the commas a question needs: \(ids)"
                : "\(withCommas.count) questions of “\(title)” have commas, which the platform's guidance asks to avoid because people check its CSV by counting them (the CSV quotes them, so the import works); reword where the grammar allows (a semicolon, “y”, two sentences) and keep the commas a question needs: \(ids)"
            sink.report(PlatformRules.commaInQuestionText, at: first, message,
                        notes: withCommas.dropFirst().map { .init(range: $0.1, message: "question '\($0.0)' has a comma here") })
        }
        for item in quiz.items {
            for problem in PlatformQuestionText.separatorProblems(item) {
                sink.report(PlatformRules.separatorInValue, at: item.id.range, "question “\(item.id.value)”: \(problem)")
            }
        }
        let serials = PlatformQuestionText.placeholderSerials(quiz)
        if let first = serials.first {
            let questions: Message = serials.count == 1 ? "question \(first)" : "questions \(serials.map(String.init).joined(separator: ", "))"
            sink.report(PlatformRules.placeholderChoices, at: quiz.items[first - 1].range,
                        "“\(quiz.title.value)” mixes choice counts, so the platform gives \(questions) placeholder choices up to \(PlatformQuestionText.choiceColumns(quiz)); after importing its CSV, the deployer deletes them (DEPLOY.md lists them)")
        }
    }

    /// Where the first comma rewording could remove is: in the question's
    /// text, or else in an option the CSV writes (nil when every comma is
    /// one the question needs).
    static func rewordableComma(_ item: QuizItem) -> SourceRange? {
        if let offset = PlatformQuestionText.rewordableComma(in: item.stem) {
            return item.range.within(item.stem, offset: offset, length: 1) ?? item.range
        }
        guard item.type == .single || item.type == .multiple else { return nil }
        for option in item.options {
            guard let offset = PlatformQuestionText.rewordableComma(in: option.text) else { continue }
            return option.range.within(option.text, offset: offset, length: 1) ?? option.range
        }
        return nil
    }

    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }
}
