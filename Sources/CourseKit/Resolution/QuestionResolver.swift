import Foundation
import CourseMarkdown
import CourseMath

/// Decides, once, what each question means: its answer and its text as a
/// reader sees it (`ResolvedQuestion`). Runs when the repository is loaded,
/// before any check or target, so every one of them reads the same answer.
///
/// Reports what makes a question impossible to resolve faithfully: a
/// true/false option that says neither (CS0312), a stem or option that the
/// sanitizer empties (CS0313), math with no readable form (CS0605). The
/// structure rules (no right option, too many…) are `QuestionStructureCheck`'s.
public struct QuestionResolver: Sendable {
    public let sink: DiagnosticSink
    public let allowlist: HTMLAllowlist

    public init(sink: DiagnosticSink, allowlist: HTMLAllowlist = .none) {
        self.sink = sink
        self.allowlist = allowlist
    }

    /// The one TeX-to-text reader for question text, CSV cells and titles:
    /// CourseMath's own parser (`TeXToText`), which accepts and refuses
    /// exactly what the MathML typesetter does.
    public static let readableMath: MarkdownPlainText.MathReader = { tex, display in
        try? TeXToText.convert(tex, display: display).get()
    }

    /// Stands for a blank while the stem goes through Markdown (a
    /// private-use character no author types).
    static let blankMark = "\u{E000}"

    public func resolve(_ item: QuizItem) -> ResolvedQuestion {
        let stemSource = item.type == .fillBlanks ? item.stem(replacingBlanksWith: Self.blankMark) : item.stem
        let stem = Self.restoringBlanks(text(stemSource, at: item.range, what: "the question's text"))
        let options = item.options.map { text($0.text, at: $0.range, what: "this option") }
        let explanation = item.explanation.map { text($0, at: item.range, what: "the explanation", mustHaveText: false) }
        let optionExplanations = item.options.map { option in
            option.explanation.map { text($0, at: option.range, what: "the option's explanation", mustHaveText: false) }
        }
        return ResolvedQuestion(answer: answer(item, options: options), stem: stem, options: options,
                                explanation: explanation, optionExplanations: optionExplanations)
    }

    /// `text` with each blank mark written `___`. Most texts have no
    /// private-use character at all, which one byte test tells (the mark is
    /// `EE 80 80` in UTF-8), so they skip Foundation's search.
    static func restoringBlanks(_ text: String) -> String {
        guard text.utf8.contains(0xEE) else { return text }
        return text.replacingOccurrences(of: blankMark, with: "___")
    }

    private func answer(_ item: QuizItem, options: [String]) -> ResolvedQuestion.Answer {
        let right = item.options.indices.filter { item.options[$0].isCorrect }
        switch item.type {
        case .fillBlanks:
            return item.blanks.isEmpty ? .unresolved : .blanks(item.blanks.map(\.answers))
        case .single, .multiple:
            return right.isEmpty ? .unresolved : .options(right)
        case .trueFalse:
            // Counts and marks are QuestionStructureCheck's (CS0306, CS0303, CS0304).
            guard item.options.count == 2, right.count == 1 else { return .unresolved }
            let polarity = options.map(TrueFalseWording.polarity(of:))
            for (index, said) in polarity.enumerated() where said == nil {
                sink.report(Rules.trueFalseWording, at: item.options[index].range,
                            "“\(options[index])” says neither true nor false; write Verdadero or Falso (Cierto, Falsa, True, False also work)")
            }
            guard let first = polarity[0], let second = polarity[1] else { return .unresolved }
            guard first != second else {
                sink.report(Rules.trueFalseWording, at: item.options[1].range,
                            "both options say \(first ? "true" : "false"); one must say Verdadero and the other Falso")
                return .unresolved
            }
            return .trueFalse(isTrue: polarity[right[0]]!, trueOption: first ? 0 : 1)
        }
    }

    /// Plain text of one piece of question Markdown, reporting math with no
    /// readable form and text the sanitizer empties.
    private func text(_ markdown: String, at range: SourceRange, what: Message, mustHaveText: Bool = true) -> String {
        let result = MarkdownPlainText.text(of: markdown, allowlist: allowlist, math: Self.readableMath)
        for tex in result.unreadableMath {
            sink.report(MathTypesettingCheck.rule, at: range,
                        "the math $\(tex)$ in \(what) has no readable text form for the platform's question CSV; it would be written as TeX")
        }
        if mustHaveText, result.text.isEmpty, !markdown.trimmed.isEmpty {
            sink.report(Rules.emptyAfterSanitizing, at: range,
                        "\(what) is empty once unsafe HTML is removed; write it in Markdown")
        }
        return result.text
    }
}
