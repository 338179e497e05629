import CourseKit

/// The right answer of one item, in the terms the SCORM 1.2 runtime writes
/// responses in: option indices (letters `a`, `b`, … in responses), the
/// option that means "true" for true/false, and the accepted answers of
/// each blank.
///
/// This is the one place results derive a key from the model. Until the
/// model carries the resolved form of a question (right options, the
/// polarity of a true/false item, blanks), it is read here from `QuizItem`
/// the way `quiz.js` scores a page (`CourseRenderer.trueOption`), so that
/// switching to the resolved form is a change to this file only.
public struct ItemKey: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case single, multiple, trueFalse = "true-false", fill
    }

    public struct Blank: Codable, Sendable, Hashable {
        public var answers: [String]
        /// `true`: matched when the response contains an answer; else exact.
        public var contains: Bool
        public init(answers: [String], contains: Bool) {
            self.answers = answers
            self.contains = contains
        }
    }

    public var kind: Kind
    /// Number of options (0 for fill-in items).
    public var optionCount: Int
    /// 0-based indices of the right options.
    public var right: [Int]
    /// For true/false: the index of the option that means "true".
    public var trueOption: Int?
    public var blanks: [Blank]

    public init(kind: Kind, optionCount: Int, right: [Int], trueOption: Int? = nil, blanks: [Blank] = []) {
        self.kind = kind
        self.optionCount = optionCount
        self.right = right
        self.trueOption = trueOption
        self.blanks = blanks
    }

    public init(_ item: QuizItem) {
        let right = item.options.indices.filter { item.options[$0].isCorrect }
        switch item.type {
        case .single:
            self.init(kind: .single, optionCount: item.options.count, right: right)
        case .multiple:
            self.init(kind: .multiple, optionCount: item.options.count, right: right)
        case .trueFalse:
            self.init(kind: .trueFalse, optionCount: item.options.count, right: right,
                      trueOption: Self.trueOption(item))
        case .fillBlanks:
            self.init(kind: .fill, optionCount: 0, right: [],
                      blanks: item.blanks.map { Blank(answers: $0.answers, contains: $0.match == .contains) })
        }
    }

    /// Options as a bit set (bit n = option n).
    public var rightMask: UInt32 {
        right.reduce(0) { $0 | (1 << UInt32($1)) }
    }

    /// Whether options are analysed one by one (choice and true/false items).
    public var hasOptions: Bool { kind != .fill }

    /// Which option means "true": the first whose text says so, else the
    /// first option (as the runtime decides it).
    static func trueOption(_ item: QuizItem) -> Int {
        let words: Set<String> = ["verdadero", "cierto", "true", "sí", "si", "correcto", "v"]
        return item.options.firstIndex {
            words.contains($0.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        } ?? 0
    }
}

import Foundation
