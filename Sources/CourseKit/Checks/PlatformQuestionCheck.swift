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
        // One comma warning per quiz: per question it would drown the rest.
        let withCommas = quiz.items.filter(PlatformQuestionText.hasComma)
        if let first = withCommas.first {
            sink.report(PlatformRules.commaInQuestionText, at: first.range,
                        "\(withCommas.count) question(s) of “\(quiz.title.value)” have commas in the question or choice text (\(Self.list(withCommas.map(\.id.value)))); the CSV quotes them, but the platform's guidance asks for none")
        }
        for item in quiz.items {
            for problem in PlatformQuestionText.separatorProblems(item) {
                sink.report(PlatformRules.separatorInValue, at: item.id.range, "question “\(item.id.value)”: \(problem)")
            }
        }
        let serials = PlatformQuestionText.placeholderSerials(quiz)
        if let first = serials.first {
            sink.report(PlatformRules.placeholderChoices, at: quiz.items[first - 1].range,
                        "“\(quiz.title.value)” mixes choice counts: question(s) \(serials.map(String.init).joined(separator: ", ")) have fewer than \(PlatformQuestionText.choiceColumns(quiz)) choices and get placeholder choices on the platform, to delete by hand after the import")
        }
    }

    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }
}
