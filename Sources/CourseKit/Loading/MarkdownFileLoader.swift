import CourseMarkdown

/// Loads one Markdown source (lesson, quiz or assessment): splits the front
/// matter, reads it, and hands the body to the lesson or quiz loader.
struct MarkdownFileLoader: Sendable {
    enum Loaded: Sendable {
        case lesson(Lesson)
        case quiz(Quiz)
    }

    let reader: SourceReader
    /// Where a build keeps each lesson's full tree (it renders from them);
    /// nil for a check, which needs only the outline.
    var lessonTrees: LessonTrees?
    var sink: DiagnosticSink { reader.sink }

    func load(_ path: String, referencedFrom reference: SourceRange) -> Loaded? {
        guard let file = reader.read(path, referencedFrom: reference) else { return nil }
        guard let parts = FrontMatter.split(file.text) else {
            let message: Message = file.text.hasPrefix("---")
                ? "the front matter is not closed: add a line `---` after its last field"
                : "this file has no front matter: start it with `---`, the lesson's `id:` and `title:`, and `---`"
            sink.report(Rules.missingFrontMatter, at: file.range(line: 1, column: 1), message)
            return nil
        }
        for row in TableWidthLimit.wideRows(in: parts.body) {
            let line = row.line + parts.bodyLine - 1
            sink.report(LimitRules.tableTooWide, at: file.range(line: line, column: file.characterColumn(line: line, byteColumn: row.byteColumn)),
                        "this table row has \(row.cells) cells; a table has at most \(InputLimits.tableCells) columns")
        }
        guard let node = YAMLParser.parse(parts.yaml, in: file, lineOffset: parts.yamlLineOffset, sink: sink) else { return nil }
        guard let map = MappingReader(node, context: "the front matter", sink: sink) else { return nil }
        let type = map.string("type")
        let isLesson = type == nil || type?.value == "lesson"
        // A lesson is checked from its outline; quizzes need every node (questions, options).
        var lessonTree: MarkdownNode?
        var outline: MarkdownOutline?
        if isLesson, lessonTrees != nil {
            (outline, lessonTree) = MarkdownParser.outlineAndTree(parts.body, lineOffset: parts.bodyLine - 1)
        } else if isLesson {
            outline = MarkdownParser.outline(parts.body, lineOffset: parts.bodyLine - 1)
        }
        let document = outline?.document ?? MarkdownParser.parse(parts.body, lineOffset: parts.bodyLine - 1)
        let suppressions = SuppressionCollector(file: file).collect(document)
        func withSuppressions<T>(_ value: T?, _ attach: (inout T) -> Void) -> T? {
            guard var value else { return nil }
            attach(&value)
            return value
        }
        switch type?.value {
        case nil, "lesson":
            let lesson = LessonLoader(reader: reader, file: file).load(map, body: parts.body, bodyLine: parts.bodyLine,
                                                                       outline: outline!)
            if lesson != nil, let lessonTree { lessonTrees?.store(lessonTree, for: file.path) }
            return withSuppressions(lesson) {
                $0.suppressions = suppressions
            }.map(Loaded.lesson)
        case "quiz", "assessment":
            let kind: Quiz.Kind = type?.value == "quiz" ? .practice : .assessment
            let quiz = QuizLoader(sink: sink, file: file).load(map, kind: kind, document: document)
            let summarizer = MarkdownSummarizer(file: file, sink: sink,
                                                resolver: FileReferenceResolver(fileSystem: reader.fileSystem, sink: sink),
                                                directory: RepositoryPath.directory(of: file.path))
            return withSuppressions(quiz) {
                $0.suppressions = suppressions
                $0.markdown = summarizer.summarize(document: document)
            }.map(Loaded.quiz)
        case let other?:
            sink.report(Rules.invalidValue, at: type!.range, "type '\(other)' must be lesson, quiz or assessment")
            return nil
        }
    }
}
