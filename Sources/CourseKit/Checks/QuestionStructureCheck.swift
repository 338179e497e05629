/// Every question must be answerable: the right number of right options for
/// its type, at least two distinct options, blanks with accepted answers.
public struct QuestionStructureCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] {
        [Rules.noRightAnswer, Rules.singleChoiceManyRight, Rules.trueFalseOptions, Rules.multipleChoiceNoWrong,
         Rules.emptyBlank, Rules.tooFewOptions, Rules.duplicateOption]
    }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) {
                for item in quiz.items { check(item, context.sink) }
            }
        }
    }

    public func check(_ item: QuizItem, _ sink: DiagnosticSink) {
        let right = item.options.filter(\.isCorrect).count
        let name: Message = "question '\(item.id.value)'"
        switch item.type {
        case .fillBlanks:
            if item.blanks.isEmpty {
                sink.report(Rules.noRightAnswer, at: item.range, "\(name) is fill-in-the-blanks but its stem has no blank `[[answer]]`")
            }
            for blank in item.blanks where blank.answers.isEmpty {
                sink.report(Rules.emptyBlank, at: blank.range, "this blank has no accepted answer; write it inside, e.g. [[4 | cuatro]]")
            }
            return
        case .trueFalse:
            if item.options.count != 2 {
                sink.report(Rules.trueFalseOptions, at: item.range, "\(name) is true/false and needs exactly 2 options, found \(item.options.count)")
            }
        case .single, .multiple:
            if item.options.count < 2 {
                sink.report(Rules.tooFewOptions, at: item.range, "\(name) needs at least 2 options, found \(item.options.count)")
            }
        }
        if right == 0, item.optionsLettered {
            // CS0314 (lettered options) says to mark the right one.
        } else if right == 0, item.type == .trueFalse {
            sink.report(Rules.noRightAnswer, at: item.range,
                        "\(name) is true/false and neither option is marked; mark [x] the true option if the statement is true, the false one if it is false")
        } else if right == 0, !item.options.isEmpty || item.type != .single {
            sink.report(Rules.noRightAnswer, at: item.range, "\(name) has no right option; mark it with [x]")
        } else if right == 0 {
            sink.report(Rules.noRightAnswer, at: item.range,
                        "\(name) has no options and no blanks; write its options as a task list (`- [x] right`, `- [ ] wrong`) or its answer as a blank [[answer]]")
        }
        if right > 1, item.type == .trueFalse {
            // The type is declared: a true/false statement is either true or false.
            sink.report(Rules.singleChoiceManyRight, at: item.range,
                        "\(name) is true/false, and both options are marked; a statement is true or false: mark only the true option if it is true, only the false one if it is false")
        } else if right > 1, item.type == .single {
            sink.report(Rules.singleChoiceManyRight, at: item.range,
                        "\(name) is single choice but has \(right) right options; leave one [x] or add type=multiple")
        }
        if item.type == .multiple, right == item.options.count, right > 0 {
            sink.report(Rules.multipleChoiceNoWrong, at: item.range, "every option of \(name) is right; add a wrong option")
        }
        // A handful of options: a linear search beats hashing each key.
        var seen: [(key: String, range: SourceRange)] = []
        seen.reserveCapacity(item.options.count)
        for option in item.options {
            let key = Self.normalized(option.text)
            if let first = seen.first(where: { $0.key == key }) {
                sink.report(Rules.duplicateOption, at: option.range, "this option repeats an earlier option of \(name)",
                            notes: [.init(range: first.range, message: "the same option")])
            } else {
                seen.append((key, option.range))
            }
        }
    }

    /// Case, accents, spacing and final punctuation do not make options differ.
    /// Written over scalars without Foundation: it runs for every option of
    /// every question.
    static func normalized(_ text: String) -> String {
        // UTF-8 bytes into a reserved buffer: appending to a scalar view
        // re-encoded every scalar and grew its storage step by step.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0xA0 { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            } else {
                out.append(contentsOf: UTF8.encode(folded(scalar))!)
            }
        }
        while let last = out.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ",")
            || last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercase ASCII and the accented vowels of Spanish, Portuguese and French.
    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x41, v <= 0x5A { return Unicode.Scalar(v + 32)! }
        guard v >= 0xC0, v <= 0xFC else { return s }
        switch s {
        case "á", "à", "ä", "â", "Á", "À", "Ä", "Â": return "a"
        case "é", "è", "ë", "ê", "É", "È", "Ë", "Ê": return "e"
        case "í", "ì", "ï", "î", "Í", "Ì", "Ï", "Î": return "i"
        case "ó", "ò", "ö", "ô", "Ó", "Ò", "Ö", "Ô": return "o"
        case "ú", "ù", "ü", "û", "Ú", "Ù", "Ü", "Û": return "u"
        case "Ñ": return "ñ"
        default: return s
        }
    }
}

import Foundation
