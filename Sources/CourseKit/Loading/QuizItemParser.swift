import CourseMarkdown

/// Reads one question: a list item whose first paragraph is the stem (ending
/// in `{#id …}` attributes), whose task list holds the options, and whose
/// blockquotes hold explanations.
struct QuizItemParser {
    let sink: DiagnosticSink
    let file: SourceFile

    static let attributeKeys = ["objectives", "difficulty", "type"]

    /// `trailing` are blocks after the list item that still belong to it.
    func parse(_ node: MarkdownNode, trailing: [MarkdownNode] = [], number: Int) -> QuizItem? {
        var stemBlocks: [MarkdownNode] = []
        var optionList: MarkdownNode?
        var explanation: String?
        for child in node.children + trailing {
            switch child.kind {
            case .list(ordered: false, _, _) where optionList == nil:
                optionList = child
            case .blockQuote where optionList != nil || !stemBlocks.isEmpty:
                explanation = file.markdownSource(child.span, stripQuote: true)
            default:
                if optionList == nil { stemBlocks.append(child) }
            }
        }
        // Options lettered as on paper (`a) Joule`) make no task list: read
        // them as options, none marked right, and leave them out of the stem.
        let hasTaskItems = optionList?.children.contains { if case .taskItem = $0.kind { true } else { false } } ?? false
        let lastLine = max(node.span.start.line, (trailing.last ?? node).span.end.line)
        let lettered = hasTaskItems ? nil : LetteredOptions.find(in: file, lines: node.span.start.line...lastLine)
        if let lettered {
            if let list = optionList, list.span.start.line >= lettered.firstLine { optionList = nil }
            stemBlocks = stemBlocks.filter { $0.span.start.line < lettered.firstLine }
        }
        guard let first = stemBlocks.first, case .paragraph = first.kind else {
            sink.report(Rules.noQuestions, at: file.sourceRange(node.span), "question \(number) has no text")
            return nil
        }
        var firstSpan = first.span
        if let lettered, firstSpan.end.line >= lettered.firstLine {
            firstSpan.end = SourcePoint(line: lettered.firstLine - 1, column: Int(Int32.max))
        }
        let stemRange = file.sourceRange(first.span)
        var firstParagraph = file.markdownSource(firstSpan)
        let attributes = extractAttributes(&firstParagraph, line: firstSpan.end.line)
        let stem = ([firstParagraph] + stemBlocks.dropFirst().map { file.markdownSource($0.span) })
            .joined(separator: "\n\n")

        let id: Located<String>
        if let written = attributes.id {
            id = written
            IDSyntax.check(id, what: "question", sink: sink)
        } else {
            sink.report(Rules.missingItemID, at: stemRange,
                        "question \(number) has no id; end its first line with `{#an-id objectives=…}`")
            id = Located("pregunta-\(number)", at: stemRange)
        }

        var options: [QuizItem.Option] = []
        for item in optionList?.children ?? [] {
            let range = file.sourceRange(item.span)
            guard case .taskItem(let checked) = item.kind else {
                sink.report(Rules.optionsNotTaskList, at: range,
                            "this option is not a task item; start it with `[ ]` (wrong) or `[x]` (right)")
                continue
            }
            var text = ""
            var optionExplanation: String?
            for part in item.children {
                if case .blockQuote = part.kind {
                    optionExplanation = file.markdownSource(part.span, stripQuote: true)
                } else if text.isEmpty {
                    text = Self.stripTaskMarker(file.markdownSource(part.span))
                }
            }
            let textRange = item.children.first.map { file.sourceRange($0.span) } ?? range
            options.append(.init(text: text, isCorrect: checked, explanation: optionExplanation, range: textRange))
        }

        if let lettered {
            let letters = lettered.options.map(\.marker)
            sink.report(AuthoringRules.letteredOptions, at: file.range(line: lettered.firstLine, column: lettered.options[0].column),
                        "the options of question '\(id.value)' are lettered (\(letters.joined(separator: " "))), which is not a task list, so none would be read; write each as `- [ ] option` and mark the right one `- [x]`",
                        fixes: [lettered.fix(in: file, indent: stemRange.start.column - 1)])
            options = lettered.options.map {
                .init(text: $0.text, isCorrect: false, range: file.range(line: $0.line, column: $0.column, length: $0.text.unicodeScalars.count))
            }
        }

        let blanks = findBlanks(in: stem, paragraph: first)
        var type: QuizItem.QuestionType = blanks.isEmpty ? .single : .fillBlanks
        if let written = attributes.type {
            if let t = QuizItem.QuestionType(rawValue: written.value) { type = t } else {
                sink.report(Rules.invalidItemAttribute, at: written.range,
                            "type '\(written.value)' must be single, multiple, true-false or fill")
            }
        }
        var difficulty: QuizItem.Difficulty?
        if let written = attributes.difficulty {
            difficulty = QuizItem.Difficulty(rawValue: written.value)
            if difficulty == nil {
                sink.report(Rules.invalidItemAttribute, at: written.range, "difficulty '\(written.value)' must be easy, medium or hard")
            }
        }
        var item = QuizItem(id: id, type: type, stem: stem, objectives: attributes.objectives, difficulty: difficulty,
                            options: options, blanks: blanks, explanation: explanation, range: stemRange)
        item.optionsLettered = lettered != nil
        return item
    }

    static func stripTaskMarker(_ text: String) -> String {
        for marker in ["[ ]", "[x]", "[X]"] where text.hasPrefix(marker) {
            return String(text.dropFirst(3)).trimmed
        }
        return text
    }

    struct Attributes {
        var id: Located<String>?
        var objectives: [Located<String>] = []
        var difficulty: Located<String>?
        var type: Located<String>?
    }

    /// Removes a trailing `{…}` from the first paragraph and reads it. The
    /// block is on the paragraph's last line: a `{` on an earlier line does
    /// not open one (its tokens would be searched for on the wrong line).
    private func extractAttributes(_ paragraph: inout String, line: Int) -> Attributes {
        var attributes = Attributes()
        // Byte searches: `{`, `}` and spaces are ASCII, and Character-level
        // scans of every stem showed in profiles.
        let utf8 = paragraph.utf8
        guard utf8.last == UInt8(ascii: "}"), let open = utf8.lastIndex(of: UInt8(ascii: "{")) else { return attributes }
        let inner = paragraph[utf8.index(after: open)..<utf8.index(before: utf8.endIndex)]
        guard !inner.utf8.contains(UInt8(ascii: "\n")) else { return attributes }
        paragraph = String(paragraph[..<open]).trimmed
        for (token, range) in attributeTokens(inner, line: line) {
            if token.hasPrefix("#") {
                attributes.id = Located(String(token.dropFirst()), at: SourceRange(
                    file: range.file, line: line, column: range.start.column + 1, length: token.count - 1))
                continue
            }
            let parts = token.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, Self.attributeKeys.contains(String(parts[0])) else {
                let key = String(parts.first ?? token)
                let hint: Message = Suggestion.closest(to: key, in: Self.attributeKeys).map { "; did you mean `\($0)`?" } ?? ""
                sink.report(Rules.invalidItemAttribute, at: range,
                            "unknown question attribute `\(token)`; use #id, objectives=, difficulty= or type=\(hint)")
                continue
            }
            let valueRange = SourceRange(file: range.file, line: line, column: range.start.column + parts[0].count + 1,
                                         length: parts[1].count)
            switch parts[0] {
            case "objectives":
                var column = valueRange.start.column
                for code in parts[1].split(separator: ",") {
                    attributes.objectives.append(Located(String(code), at: file.range(line: line, column: column, length: code.count)))
                    column += code.count + 1
                }
            case "difficulty": attributes.difficulty = Located(String(parts[1]), at: valueRange)
            default: attributes.type = Located(String(parts[1]), at: valueRange)
            }
        }
        return attributes
    }

    /// The space-separated tokens of an attribute block and where each is.
    /// Positions are counted along the block, which is found once on the
    /// stem's last line (searching the line again for each token made a
    /// block of many tokens quadratic); tokens of a block that starts on an
    /// earlier line point at the start of the last line.
    private func attributeTokens(_ inner: Substring, line: Int) -> [(Substring, SourceRange)] {
        let lastLine = inner.utf8.lastIndex(of: UInt8(ascii: "\n")).map { inner[inner.utf8.index(after: $0)...] }
        let onLine = lastLine ?? inner
        let found = file.range(of: (lastLine == nil ? "{" : "") + onLine + "}", onLine: line)
        let firstColumn = found.map { $0.start.column + (lastLine == nil ? 1 : 0) }
        var tokens: [(Substring, SourceRange)] = []
        var column = firstColumn ?? 1
        var tokenStart: Substring.Index?
        var tokenColumn = column
        func endToken(at end: Substring.Index) {
            guard let start = tokenStart else { return }
            let token = inner[start..<end]
            let known = firstColumn != nil && start >= onLine.startIndex
            tokens.append((token, file.range(line: line, column: known ? tokenColumn : (firstColumn ?? 1),
                                             length: token.unicodeScalars.count)))
            tokenStart = nil
        }
        var index = inner.startIndex
        while index < inner.endIndex {
            let scalar = inner.unicodeScalars[index]
            if scalar == " " {
                endToken(at: index)
            } else if tokenStart == nil {
                tokenStart = index
                tokenColumn = column
            }
            if index >= onLine.startIndex { column += 1 }
            index = inner.unicodeScalars.index(after: index)
        }
        endToken(at: inner.endIndex)
        return tokens
    }

    private func findBlanks(in stem: String, paragraph: MarkdownNode) -> [QuizItem.Blank] {
        let found = BlankSyntax.occurrences(in: stem)
        guard !found.isEmpty else { return [] }
        var ranges: [SourceRange] = []
        for line in paragraph.span.start.line...max(paragraph.span.end.line, paragraph.span.start.line) {
            ranges += file.ranges(of: "[[", onLine: line)
        }
        if found.count > InputLimits.blanksPerQuestion {
            let index = InputLimits.blanksPerQuestion
            let range = index < ranges.count ? ranges[index] : file.sourceRange(paragraph.span)
            sink.report(LimitRules.tooManyBlanks, at: range,
                        "this question has \(found.count) blanks; a question has at most \(InputLimits.blanksPerQuestion), so this blank and those after it are not read")
        }
        return found.prefix(InputLimits.blanksPerQuestion).enumerated().map { index, occurrence in
            let range = index < ranges.count
                ? SourceRange(file: file.path, line: ranges[index].start.line, column: ranges[index].start.column, length: occurrence.length)
                : file.sourceRange(paragraph.span)
            return QuizItem.Blank(answers: occurrence.answers, match: occurrence.match, range: range)
        }
    }
}

import Foundation
