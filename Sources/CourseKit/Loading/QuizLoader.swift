import CourseMarkdown

/// Reads a practice quiz or the assessment: settings from the front matter,
/// questions from the ordered list(s) of the body (see docs/format.md).
struct QuizLoader {
    let sink: DiagnosticSink
    let file: SourceFile

    func load(_ map: MappingReader, kind: Quiz.Kind, document: MarkdownNode) -> Quiz? {
        map.adopt(kind == .assessment ? FieldTables.assessment : FieldTables.quiz)
        let id = map.string("id")
        let writtenTitle = map.string("title").map {
            InputLimits.title($0, what: kind == .assessment ? "the assessment's title" : "the quiz's title", sink: sink)
        }
        let since = map.string("since")
        let draft = map.bool("draft")?.value ?? false
        var settings = Quiz.AssessmentSettings()
        var blueprint: [(code: Located<String>, percent: Located<Double>)] = []
        if kind == .assessment {
            settings.passPercentage = map.int("pass")?.value ?? settings.passPercentage
            settings.attempts = map.int("attempts")?.value ?? settings.attempts
            settings.shuffle = map.bool("shuffle")?.value ?? false
            settings.showAnswers = map.bool("show-answers")?.value ?? false
            blueprint = loadBlueprint(map)
        }
        map.finish()
        // Without a title (reported above) the file keeps its id, so that what
        // refers to it (`review-of`, the outline's rhythm) still finds it.
        guard let id else { return nil }
        let title = writtenTitle ?? Located(id.value, at: id.range)
        IDSyntax.check(id, what: kind == .assessment ? "assessment" : "quiz", sink: sink)

        var items: [QuizItem] = []
        var introduction: [String] = []
        var sawQuestions = false
        var questionNumber = 0
        var pending: (node: MarkdownNode, trailing: [MarkdownNode])?
        var firstOverLimit: SourceRange?
        func flush() {
            guard let (node, trailing) = pending else { return }
            questionNumber += 1
            // Questions past the limit are counted, not read.
            guard questionNumber <= InputLimits.questionsPerQuiz else {
                if firstOverLimit == nil { firstOverLimit = file.sourceRange(node.span) }
                pending = nil
                return
            }
            if let item = QuizItemParser(sink: sink, file: file).parse(node, trailing: trailing, number: questionNumber) {
                items.append(item)
            }
            pending = nil
        }
        for node in document.children {
            if case .list(ordered: true, _, _) = node.kind {
                sawQuestions = true
                for itemNode in node.children {
                    flush()
                    pending = (itemNode, [])
                }
            } else if pending != nil {
                // Options indented less than the question's text (common after
                // `10.`) end the numbered list in Markdown; they still belong to
                // the question above them.
                pending!.trailing.append(node)
            } else if !sawQuestions {
                introduction.append(file.markdownSource(node.span))
            }
        }
        flush()
        if let firstOverLimit {
            sink.report(LimitRules.tooManyQuestions, at: firstOverLimit,
                        "this \(kind == .assessment ? "assessment" : "quiz") has \(questionNumber) questions; a quiz or assessment has at most \(InputLimits.questionsPerQuiz), so this question and those after it are not read")
        }
        if !sawQuestions {
            // The first block that is not a suppression comment (which may name this rule).
            let range = document.children.first { SuppressionCollector.parse($0) == nil }.map { file.sourceRange($0.span) } ?? id.range
            sink.report(Rules.noQuestions, at: range,
                        "this \(kind == .assessment ? "assessment" : "quiz") has no questions; write them as a numbered list (1., 2., …)")
        }
        return Quiz(id: id, path: file.path, title: title, kind: kind, since: since, draft: draft, items: items,
                    settings: settings, blueprint: blueprint,
                    introduction: introduction.joined(separator: "\n\n"), range: id.range)
    }

    private func loadBlueprint(_ map: MappingReader) -> [(code: Located<String>, percent: Located<Double>)] {
        guard let blueprint = map.mapping("blueprint", context: "`blueprint`") else { return [] }
        var result: [(code: Located<String>, percent: Located<Double>)] = []
        for pair in blueprint.entries {
            guard let code = pair.key.scalar else { continue }
            blueprint.allow(code)
            let text = (pair.value.scalar ?? "").trimmed
            let number = text.hasSuffix("%") ? String(text.dropLast()).trimmed : text
            guard let value = Double(number), (0...100).contains(value) else {
                sink.report(Rules.invalidValue, at: pair.value.range, "the blueprint share of '\(code)' must be a percentage such as 25%")
                continue
            }
            result.append((Located(code, at: pair.key.range), Located(value, at: pair.value.range)))
        }
        blueprint.finish()
        return result
    }
}

extension SourceFile {
    /// The Markdown source of a block, its lines' indentation removed, so it
    /// can be rendered on its own (a question stem, an option).
    func markdownSource(_ span: SourceSpan, stripQuote: Bool = false) -> String {
        guard span.start.line >= 1 else { return "" }
        var lines: [String] = []
        for number in span.start.line...max(span.end.line, span.start.line) {
            var text = Substring(line(number))
            if number == span.start.line {
                let offset = utf8Offset(line: number, byteColumn: span.start.column) - utf8Offset(line: number, byteColumn: 1)
                text = Substring(text.utf8.dropFirst(offset))
            }
            if number == span.end.line {
                let keep = span.end.column - (number == span.start.line ? span.start.column - 1 : 0)
                if keep >= 0, keep < text.utf8.count { text = Substring(text.utf8.prefix(keep)) }
            }
            var trimmed = text.drop { $0 == " " || $0 == "\t" }
            if stripQuote, trimmed.hasPrefix(">") {
                trimmed = trimmed.dropFirst()
                if trimmed.hasPrefix(" ") { trimmed = trimmed.dropFirst() }
            }
            lines.append(String(trimmed))
        }
        return lines.joined(separator: "\n").trimmed
    }
}

import Foundation
