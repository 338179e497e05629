import CourseKit

/// Reads one row of the platform's question CSV (the columns of the
/// platform's template, as coursec's `mct` target writes them; see
/// docs/outputs.md) into an `ImportedQuestion`, or reports why it cannot.
struct QuestionRowReader {
    /// Where each column is; choices in order.
    struct Columns {
        var type: Int
        var text: Int
        var choices: [Int]
        var answer: Int
        var explanation: Int?
        var match: Int?
    }

    let columns: Columns
    let path: String
    let sink: DiagnosticSink

    /// The question of `fields` (a row starting at `line`), or nil after reporting.
    func read(_ fields: [String], line: Int) -> ImportedQuestion? {
        func field(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return fields[index].trimmingSpaces()
        }
        let at = SourceRange(file: path, line: line, column: 1, length: 1)
        let typeName = field(columns.type)
        guard let kind = Self.kind(typeName) else {
            sink.report(ImportRules.unreadableRow, at: at,
                        "question type '\(typeName)' is not one the platform imports (Single choice, Multiple choice, True false, Fill blanks)")
            return nil
        }
        let text = field(columns.text)
        guard !text.isEmpty else {
            sink.report(ImportRules.unreadableRow, at: at, "the question text is empty")
            return nil
        }
        let answer = PlatformCell.undefusedPlain(field(columns.answer))
        let explanations = Self.explanationParts(field(columns.explanation))
        var question = ImportedQuestion(kind: .single, stem: PlatformCell.richText(text, blanks: kind == "fill"), line: line)
        switch kind {
        case "true-false":
            switch answer.uppercased() {
            case "TRUE", "VERDADERO": question.kind = .trueFalse(isTrue: true)
            case "FALSE", "FALSO": question.kind = .trueFalse(isTrue: false)
            default:
                sink.report(ImportRules.answer, at: at, "the answer of a true/false question must be TRUE or FALSE, found '\(answer)'")
                return nil
            }
            let isTrue = question.kind == .trueFalse(isTrue: true)
            question.options = [.init(markdown: "Verdadero", isCorrect: isTrue), .init(markdown: "Falso", isCorrect: !isTrue)]
        case "fill":
            question.kind = .fillBlanks
            let groups = answer.split(separator: "|", omittingEmptySubsequences: false).map { group in
                group.split(separator: ";").map { PlatformCell.withoutInertMarks(String($0)).trimmingSpaces() }.filter { !$0.isEmpty }
            }
            let criteria = field(columns.match).split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces().lowercased() }
            let count = question.stem.components(separatedBy: PlatformCell.blankMark).count - 1
            guard count > 0, groups.count == count, groups.allSatisfy({ !$0.isEmpty }) else {
                sink.report(ImportRules.answer, at: at,
                            "the question has \(count) blank(s) (each written |) but the answer gives \(groups.count); separate the answers of each blank with |")
                return nil
            }
            for (index, answers) in groups.enumerated() {
                let criterion = index < criteria.count ? criteria[index] : ""
                guard ["", "exact match", "exact", "contains"].contains(criterion) else {
                    sink.report(ImportRules.answer, at: at, "match criterion '\(criterion)' must be Exact match or Contains")
                    return nil
                }
                question.blanks.append(.init(answers: answers, contains: criterion == "contains"))
            }
            question.explanation = explanations.first.map(PlatformCell.explanation) ?? []
        default:
            question.kind = kind == "multiple" ? .multiple : .single
            let choices = columns.choices.map { field($0) }
            let used = choices.lastIndex { !$0.isEmpty }.map { choices[...$0] } ?? []
            guard used.count >= 2, !used.contains(where: \.isEmpty) else {
                sink.report(ImportRules.answer, at: at, "a choice question needs at least two choices, without empty ones between them")
                return nil
            }
            let numbers = answer.split(separator: ";").map { Int($0.trimmingSpaces()) }
            guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil && (1...used.count).contains($0!) }),
                  kind == "multiple" || numbers.count == 1 else {
                sink.report(ImportRules.answer, at: at,
                            "the correct answer '\(answer)' must be \(kind == "multiple" ? "choice numbers separated by ; (e.g. 1;3)" : "one choice number") from 1 to \(used.count)")
                return nil
            }
            let right = Set(numbers.map { $0! })
            question.options = used.enumerated().map { .init(markdown: PlatformCell.richText($0.element), isCorrect: right.contains($0.offset + 1)) }
            let parts = explanations.map(PlatformCell.explanation)
            if parts.count == used.count, parts.count > 1, Set(parts.map { $0.joined(separator: "\n") }).count == 1, !parts[0].isEmpty {
                question.explanation = parts[0] // the same for every choice: the question's own
            } else if parts.count == 1, used.count > 1 {
                question.explanation = parts[0]
            } else {
                for (index, part) in parts.prefix(used.count).enumerated() { question.options[index].explanation = part }
            }
        }
        return question
    }

    /// The explanation cell's parts, one per choice (`;`-separated).
    static func explanationParts(_ cell: String) -> [String] {
        let cell = PlatformCell.undefusedPlain(cell)
        guard !cell.isEmpty else { return [] }
        return cell.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }

    /// The kind of a `Question Type` cell, in the platform's spellings.
    static func kind(_ name: String) -> String? {
        let letters = name.lowercased().filter(\.isLetter)
        switch letters {
        case "singlechoice", "single": return "single"
        case "multiplechoice", "multiple", "multiplechoices": return "multiple"
        case "truefalse": return "true-false"
        case "fillblanks", "fillintheblanks", "fillintheblank", "fillblank": return "fill"
        default: return nil
        }
    }
}
