/// Item-writing lints on every question of every quiz and assessment:
/// all/none of the above, a right option much longer than the others, and
/// negative stems without emphasis.
public struct ItemWritingCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] {
        [AssessmentRules.allOrNoneOfTheAbove, AssessmentRules.rightOptionLongest, AssessmentRules.negativeStem]
    }

    static let aboveOptions = [
        "todas las anteriores", "todos los anteriores", "todas las opciones anteriores", "todas las respuestas anteriores",
        "ninguna de las anteriores", "ninguno de los anteriores", "ninguna de las opciones anteriores",
        "ninguna de las respuestas anteriores", "all of the above", "none of the above",
    ]

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) {
                let ratio = context.policy.double("ratio", for: AssessmentRules.rightOptionLongest, at: quiz.path, default: 1.5)
                let difference = context.policy.integer("min-difference", for: AssessmentRules.rightOptionLongest,
                                                        at: quiz.path, default: 10)
                for item in quiz.items {
                    checkAbove(item, context.sink)
                    checkLength(item, ratio: ratio, difference: difference, context.sink)
                    checkNegation(item, context.sink)
                }
            }
        }
    }

    private func checkAbove(_ item: QuizItem, _ sink: DiagnosticSink) {
        for option in item.options {
            // Every phrase ends in "anteriores" or "above": a cheap test first.
            guard TextScan.containsASCII(option.text, "nteriores") || TextScan.containsASCII(option.text, "above") else { continue }
            let text = QuestionStructureCheck.normalized(option.text.filter { $0 != "*" && $0 != "_" })
            guard let phrase = Self.aboveOptions.first(where: { text.contains($0) }) else { continue }
            sink.report(AssessmentRules.allOrNoneOfTheAbove, at: option.range,
                        "question '\(item.id.value)' has the option \"\(phrase)\"; replace it with a plausible distractor")
        }
    }

    /// A stem that asks for the exception without emphasis (CS0326), at the
    /// word when it is on the stem's first line, with a fix putting it in bold.
    private func checkNegation(_ item: QuizItem, _ sink: DiagnosticSink) {
        guard let (word, offset) = NegationFinder.unemphasizedException(in: item.stem) else { return }
        let message: Message = "question '\(item.id.value)' asks for the exception ('\(word)') without emphasis, and a learner who reads it quickly answers the opposite question; ask positively, or write the word in bold: **\(word)**"
        guard let range = item.range.within(item.stem, offset: offset, length: word.unicodeScalars.count) else {
            sink.report(AssessmentRules.negativeStem, at: item.range, message)
            return
        }
        sink.report(AssessmentRules.negativeStem, at: range, message,
                    fixes: [.init(range: range, replacement: "**\(word)**", summary: "write **\(word)** in bold")])
    }

    private func checkLength(_ item: QuizItem, ratio: Double, difference: Int, _ sink: DiagnosticSink) {
        guard item.type == .single, item.options.count >= 2 else { return }
        guard let rightIndex = item.options.indices.first(where: { item.options[$0].isCorrect }),
              item.options.filter(\.isCorrect).count == 1 else { return }
        // What the learner sees: the resolved plain text (markup, HTML and
        // TeX made readable), the written text only if resolution failed.
        let texts = item.resolved.options.count == item.options.count ? item.resolved.options : item.options.map(\.text)
        let longestWrong = texts.indices.filter { $0 != rightIndex }.map { Self.length(texts[$0]) }.max() ?? 0
        let length = Self.length(texts[rightIndex])
        guard Double(length) >= ratio * Double(longestWrong), length - longestWrong >= difference else { return }
        sink.report(AssessmentRules.rightOptionLongest, at: item.options[rightIndex].range,
                    "the right option of question '\(item.id.value)' has \(length) characters, the longest wrong one \(longestWrong); learners may pick it for its length")
    }

    /// Characters a learner sees, roughly: spaces collapsed, emphasis marks dropped.
    static func length(_ text: String) -> Int {
        var count = 0, space = false
        for s in text.unicodeScalars where s != "*" && s != "_" && s != "`" {
            if TextScan.isSpace(s) { space = true; continue }
            if space && count > 0 { count += 1 }
            space = false
            count += 1
        }
        return count
    }
}
