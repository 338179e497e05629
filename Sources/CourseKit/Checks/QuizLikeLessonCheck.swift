import CourseMarkdown

/// A lesson whose body is written like a quiz (CS0106): a numbered item
/// followed by a task list of at least two options, the item ending in a
/// question id `{#…}`, or asking with one option marked `[x]`. Such a file lacks
/// `type: quiz` and would be published as a page of text with its answers
/// showing. Only bodies that have a marked task item or a `{#` are parsed.
public struct QuizLikeLessonCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AuthoringRules.lessonLooksLikeQuiz] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for lesson in course.lessons where Self.mayBeQuiz(lesson.body) {
                let document = MarkdownParser.parse(lesson.body, lineOffset: lesson.bodyLine - 1)
                guard let question = Self.firstQuestion(in: document) else { continue }
                // The item starts after spaces only: its byte column is its character column.
                let range = SourceRange(file: lesson.path, line: question.span.start.line, column: question.span.start.column)
                let afterID = SourcePosition(line: lesson.id.range.start.line + 1, column: 1)
                context.sink.report(AuthoringRules.lessonLooksLikeQuiz, at: range,
                                    "lesson '\(lesson.id.value)' is written like a quiz (numbered questions with options), but its front matter has no `type: quiz`, so it would be published as text with the answers showing; did you forget `type: quiz`?",
                                    fixes: [.init(range: SourceRange(file: lesson.path, start: afterID, end: afterID),
                                                  replacement: "type: quiz\n", summary: "add `type: quiz` to the front matter")])
            }
        }
    }

    /// A cheap look before parsing: a marked task item, or a question id.
    static func mayBeQuiz(_ body: String) -> Bool {
        TextScan.containsASCII(body, "[x]") || TextScan.containsASCII(body, "{#")
    }

    /// The first item of a top-level numbered list that reads as a question.
    static func firstQuestion(in document: MarkdownNode) -> MarkdownNode? {
        for block in document.children {
            guard case .list(ordered: true, _, _) = block.kind else { continue }
            for item in block.children where isQuestion(item) { return item }
        }
        return nil
    }

    /// Options under an item that ends in a question id, or that asks (a
    /// `?`, or options that say true and false) with one option marked: a
    /// checklist of steps with one ticked ("Antes de empezar:") asks nothing.
    private static func isQuestion(_ item: MarkdownNode) -> Bool {
        let text = item.children.first?.plainText ?? ""
        let hasID = text.trimmed.hasSuffix("}") && text.contains("{#")
        for child in item.children {
            guard case .list(ordered: false, _, _) = child.kind else { continue }
            let options = child.children.compactMap { node -> (checked: Bool, text: String)? in
                if case .taskItem(let checked) = node.kind { return (checked, node.plainText) }
                return nil
            }
            guard options.count >= 2 else { continue }
            let trueFalse = options.count == 2 && options.allSatisfy { TrueFalseWording.polarity(of: $0.text.trimmed) != nil }
            if hasID || (options.contains { $0.checked } && (text.contains("?") || trueFalse)) { return true }
        }
        return false
    }
}
