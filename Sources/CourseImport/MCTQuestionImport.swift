import CourseKit
import CourseResults
import Foundation

/// `coursec import mct-questions`: the platform's question CSV (Community
/// Training's template, or the file coursec's `mct` target writes) turned
/// into a quiz or assessment in coursec's Markdown, with ids made from the
/// questions' words. Rows that cannot be converted are reported at their
/// line (ImportRules) and left out; the others are converted.
///
/// Exporting the result gives back the same CSV: rich text is written as
/// the Markdown that renders to it, explanations as text that reads back
/// the same, and what the CSV encodes (the `'` and `<span>` that defuse
/// formulas, `&#124;` in fill-in text) is undone.
public struct MCTQuestionImport {
    public enum Kind: String, CaseIterable, Sendable {
        case quiz, assessment
    }

    public struct Outcome: Sendable {
        /// The Markdown file, or nil when the CSV's header could not be read.
        public var markdown: String?
        public var questions: Int
        public var diagnostics: [Diagnostic]
    }

    public var kind: Kind
    public var id: String
    public var title: String
    /// Ids already used where the file goes (the repository's quizzes and
    /// questions): generated question ids avoid them, so an imported quiz
    /// never collides with another (CS0105).
    public var takenIDs: Set<String>

    public init(kind: Kind, id: String, title: String, takenIDs: Set<String> = []) {
        self.kind = kind
        self.id = id
        self.title = title
        self.takenIDs = takenIDs
    }

    /// Reads `path` (shown as `name` in diagnostics).
    public func run(path: String, name: String) throws -> Outcome {
        let sink = DiagnosticSink()
        let reader = try CSVReader(path: path)
        var record = CSVRecord()
        guard reader.readHeader(into: &record) == .record else {
            sink.report(ImportRules.header, at: SourceRange(file: name, line: 1, column: 1, length: 1),
                        "the file is empty; a question CSV starts with the header Serial Number, Question Type, Question Text, Choice 1…")
            return Outcome(markdown: nil, questions: 0, diagnostics: sink.diagnostics)
        }
        if case .notUTF8 = CellText.problem(in: record, header: []) {
            sink.report(ImportRules.text, at: SourceRange(file: name, line: record.line, column: 1, length: 1),
                        "the file is not UTF-8 text (perhaps UTF-16, Excel's “Unicode text”); save it as “CSV UTF-8” and import it again; nothing is imported")
            return Outcome(markdown: nil, questions: 0, diagnostics: sink.diagnostics)
        }
        let header = (0..<record.count).map { record.string($0) }
        guard let columns = Self.columns(header, name: name, sink: sink) else {
            return Outcome(markdown: nil, questions: 0, diagnostics: sink.diagnostics)
        }
        let rows = QuestionRowReader(columns: columns, path: name, sink: sink)
        var questions: [ImportedQuestion] = []
        loop: while true {
            switch reader.next(into: &record) {
            case .end: break loop
            case .malformed(let line, let message):
                sink.report(ImportRules.unreadableRow, at: SourceRange(file: name, line: line, column: 1, length: 1), message)
            case .record:
                let at = SourceRange(file: name, line: record.line, column: 1, length: 1)
                switch CellText.problem(in: record, header: header) {
                case .notUTF8(let column):
                    // A file in another encoding (Excel's plain “CSV” is
                    // Windows-1252): every accent would become U+FFFD.
                    sink.report(ImportRules.text, at: at,
                                "\(column) of this row has bytes that are not UTF-8 text: the file was saved in another encoding (Excel's plain “CSV” is one); save it as “CSV UTF-8” and import it again; nothing is imported")
                    return Outcome(markdown: nil, questions: 0, diagnostics: sink.diagnostics)
                case .control(let column, let scalar):
                    sink.report(ImportRules.text, at: at,
                                "\(column) of this row holds the control character \(scalar), which a question cannot show; delete it and import again; the row is left out")
                    continue loop
                case nil: break
                }
                // Raw fields: spaces inside a cell are part of the text.
                let fields = (0..<record.count).map { String(decoding: record.field($0), as: UTF8.self) }
                if let question = rows.read(fields, line: record.line) { questions.append(question) }
            }
        }
        return Outcome(markdown: markdown(questions), questions: questions.count, diagnostics: sink.diagnostics)
    }

    /// The whole file: front matter, then the questions.
    func markdown(_ questions: [ImportedQuestion]) -> String {
        var text = "---\nid: \(id)\ntype: \(kind.rawValue)\ntitle: \(YAMLScalar.text(title))\n---\n"
        var taken: Set<String> = takenIDs.union([id])
        for (index, question) in questions.enumerated() {
            let questionID = Self.uniqueID(for: question, taken: &taken)
            text += "\n" + question.markdown(number: index + 1, id: questionID) + "\n"
        }
        return text
    }

    /// An id from the stem's first words (`cual-es-el-valor`), unique in the file.
    static func uniqueID(for question: ImportedQuestion, taken: inout Set<String>) -> String {
        let stopWords: Set<String> = ["el", "la", "los", "las", "un", "una", "de", "del", "que", "en", "y", "a", "es", "se", "por", "con", "al", "lo"]
        let words = IDSyntax.suggest(question.plainStem).split(separator: "-").map(String.init)
        var chosen = words.filter { !stopWords.contains($0) }.prefix(4).joined(separator: "-")
        if chosen.isEmpty { chosen = "pregunta" }
        if chosen.count > 40 { chosen = String(chosen.prefix(40)).trimmingCharacters(in: ["-"]) }
        var candidate = chosen
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(chosen)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// The columns by name, whatever their order and case; nil after reporting.
    static func columns(_ header: [String], name: String, sink: DiagnosticSink) -> QuestionRowReader.Columns? {
        let normalized = header.map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        func index(_ names: String...) -> Int? { normalized.firstIndex { names.contains($0) } }
        var choices: [(Int, Int)] = []
        for (i, column) in normalized.enumerated() where column.hasPrefix("choice") || column.hasPrefix("option") {
            if let n = Int(column.drop { $0.isLetter }) { choices.append((n, i)) }
        }
        let type = index("questiontype", "type"), text = index("questiontext", "question"), answer = index("correctanswer", "answer")
        let missing = [("Question Type", type), ("Question Text", text), ("Correct Answer", answer)].filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty, let type, let text, let answer else {
            sink.report(ImportRules.header, at: SourceRange(file: name, line: 1, column: 1, length: 1),
                        "the header has no \(missing.joined(separator: ", ")) column; the platform's question CSV starts with Serial Number, Question Type, Question Text, Choice 1…, Correct Answer, Answer Explanation, Match Criterion")
            return nil
        }
        return QuestionRowReader.Columns(type: type, text: text, choices: choices.sorted { $0.0 < $1.0 }.map(\.1), answer: answer,
                                         explanation: index("answerexplanation", "explanation"), match: index("matchcriterion", "matchcriteria"))
    }
}
