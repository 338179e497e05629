import CourseKit
import Foundation

/// Streams responses files in the long format into a `ResponseTable`,
/// reporting every row it cannot use at its line (CS1001–CS1007).
public struct ResponseLoader: Sendable {
    public private(set) var table: ResponseTable
    private var data = DataDiagnostics()
    private var fileCount = 0
    private let assessmentNames: ByteInterner
    /// Administration index for each name in `assessmentNames` (-1: the
    /// assessment's own id, which is ambiguous).
    private let assessmentTargets: [Int]
    /// Other spellings already resolved (SCORM SCO identifiers and titles).
    private var resolved: [String: Int?] = [:]

    public init(keys: AnswerKeys) {
        table = ResponseTable(keys: keys)
        var names = ByteInterner()
        var targets: [Int] = []
        func add(_ name: String, _ target: Int) {
            if names.intern(ArraySlice(Array(name.utf8))).isNew { targets.append(target) }
        }
        for (n, administration) in table.administrations.enumerated() {
            switch administration.kind {
            case .diagnostic: for name in ["diagnostic", "diagnostico", "diagnóstico", "pre"] { add(name, n) }
            case .final: for name in ["final", "post"] { add(name, n) }
            case .quiz: add(administration.key.id, n)
            }
        }
        if let assessment = keys.assessment { add(assessment.id, -1) }
        assessmentNames = names
        assessmentTargets = targets
    }

    /// Diagnostics about the files read so far (paths as given to `read`).
    public var diagnostics: [Diagnostic] { data.finished() }

    /// Reads one file. `path` opens it; `name` is how diagnostics name it.
    public mutating func read(path: String, name: String) throws {
        let reader = try CSVReader(path: path)
        let fileIndex = UInt64(fileCount)
        fileCount += 1
        var record = CSVRecord()
        switch reader.readHeader(into: &record) {
        case .end:
            data.report(ResultsRules.responsesHeader, file: name, line: 1, "the file is empty; it needs a header row")
            return
        case .malformed(let line, let message):
            data.report(ResultsRules.responsesHeader, file: name, line: line, "the header cannot be read: \(message)")
            return
        case .record: break
        }
        let columns = ResponseColumns(header: (0..<record.count).map { record.string($0) })
        for problem in columns.problems {
            data.report(ResultsRules.responsesHeader, file: name, line: record.line, problem)
        }
        guard columns.problems.isEmpty else { return }
        let groupIndex = columns.groups.map { table.addGroupColumn($0.name) }
        let learnerField = columns.index[.learner]!, assessmentField = columns.index[.assessment]!
        let itemField = columns.index[.item]!, responseField = columns.index[.response]!
        let attemptField = columns.index[.attempt]

        while true {
            let outcome = reader.next(into: &record)
            if outcome == .end { break }
            table.rowsRead += 1
            if case .malformed(let line, let message) = outcome {
                data.report(ResultsRules.unreadableRow, file: name, line: line, message)
                continue
            }
            let line = record.line
            func column(_ field: Int) -> Int {
                var column = 1
                for n in 0..<field {
                    column += record.field(n).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
                }
                return column
            }
            guard record.count == columns.count else {
                data.report(ResultsRules.unreadableRow, file: name, line: line,
                            "the row has \(record.count) fields but the header has \(columns.count)"
                                + (record.count > columns.count ? "; quote a field that holds commas, e.g. \"a,c\"" : ""))
                continue
            }
            let learnerBytes = ByteText.trimmed(record.field(learnerField))
            let assessmentBytes = ByteText.trimmed(record.field(assessmentField))
            let itemBytes = ByteText.trimmed(record.field(itemField))
            if learnerBytes.isEmpty || assessmentBytes.isEmpty || itemBytes.isEmpty {
                let empty = learnerBytes.isEmpty ? "learner" : assessmentBytes.isEmpty ? "assessment" : "item"
                data.report(ResultsRules.unreadableRow, file: name, line: line,
                            column: column(empty == "learner" ? learnerField : empty == "assessment" ? assessmentField : itemField),
                            "the row has no \(empty)")
                continue
            }
            var attempt: Int32 = 1
            if let attemptField {
                let text = record.string(attemptField)
                if !text.isEmpty {
                    guard let n = Int32(text), n >= 1 else {
                        data.report(ResultsRules.unreadableRow, file: name, line: line, column: column(attemptField),
                                    "attempt '\(text)' is not a whole number from 1")
                        continue
                    }
                    attempt = n
                }
            }
            guard let target = assessmentNames.index(of: assessmentBytes).map({ assessmentTargets[$0] })
                    ?? assessmentNames.index(of: ArraySlice(ByteText.lowered(assessmentBytes))).map({ assessmentTargets[$0] })
                    ?? scormAssessment(String(decoding: assessmentBytes, as: UTF8.self)) else {
                let given = String(decoding: assessmentBytes, as: UTF8.self)
                let known = ["diagnostic", "final"] + table.administrations.filter { $0.kind == .quiz }.map(\.key.id)
                let hint = Suggestion.closest(to: given, in: known).map { "; did you mean '\($0)'?" } ?? ""
                data.report(ResultsRules.unknownAssessment, file: name, line: line, column: column(assessmentField),
                            "the course has no assessment '\(given)'\(hint)")
                continue
            }
            guard target >= 0 else {
                data.report(ResultsRules.unknownAssessment, file: name, line: line, column: column(assessmentField),
                            "'\(String(decoding: assessmentBytes, as: UTF8.self))' is given twice, as the diagnostic and the final; write diagnostic or final")
                continue
            }
            guard let item = itemIndex(itemBytes, in: table.administrations[target]) else {
                let given = String(decoding: itemBytes, as: UTF8.self)
                let administration = table.administrations[target]
                let hint = Suggestion.closest(to: given, in: administration.key.items.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                data.report(ResultsRules.unknownItem, file: name, line: line, column: column(itemField),
                            "'\(administration.key.id)' has no item '\(given)'\(hint)")
                continue
            }
            let (learner, _) = table.learners.intern(learnerBytes)
            for (n, field) in columns.groups.enumerated() {
                setGroup(groupIndex[n], learner: learner, value: ByteText.trimmed(record.field(field.index)),
                         file: name, line: line, column: column(field.index))
            }
            let key = table.administrations[target].key.items[item].key
            var cell: UInt32
            switch ResponseScorer.score(record.field(responseField), key: key) {
            case .cell(let value): cell = value
            case .malformed(let message):
                data.report(ResultsRules.malformedResponse, file: name, line: line, column: column(responseField), message)
                cell = Administration.Cell.malformed
            }
            store(cell, administration: target, learner: learner, item: item, attempt: attempt,
                  origin: fileIndex << 40 | UInt64(line), file: name, line: line)
        }
    }

    /// The administration an SCO of coursec's SCORM package stands for, by
    /// its identifier (`item-diagnostic-<quiz>`, `item-quiz-<quiz>`) or its
    /// title (`… (diagnóstico)`, `… (final)`), as LMS exports name it.
    private mutating func scormAssessment(_ value: String) -> Int? {
        if let known = resolved[value] { return known }
        let lower = value.lowercased().trimmingCharacters(in: .whitespaces)
        var found: Int?
        let kinds: [(Administration.Kind, [String], [String])] = [
            (.diagnostic, ["item-diagnostic-", "res-diagnostic-"], ["(diagnóstico)", "(diagnostic)"]),
            (.final, ["item-final-", "res-final-"], ["(final)"]),
        ]
        for (kind, prefixes, suffixes) in kinds where prefixes.contains(where: lower.hasPrefix) || suffixes.contains(where: lower.hasSuffix) {
            found = table.administrations.firstIndex { $0.kind == kind }
        }
        for prefix in ["item-quiz-", "res-quiz-"] where lower.hasPrefix(prefix) {
            let id = String(value.dropFirst(prefix.count))
            found = table.administrations.firstIndex { $0.kind == .quiz && $0.key.id == id }
        }
        resolved[value] = found
        return found
    }

    /// The item named by an id, a SCORM interaction id `<quiz>.<item>`, or `#N`.
    private func itemIndex(_ bytes: ArraySlice<UInt8>, in administration: Administration) -> Int? {
        if let n = administration.itemIndex.index(of: bytes) { return n }
        if bytes.first == UInt8(ascii: "#"), let n = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
           n >= 1, n <= administration.itemCount {
            return n - 1
        }
        let prefix = Array((administration.key.id + ".").utf8)
        if bytes.starts(with: prefix) {
            return administration.itemIndex.index(of: bytes.dropFirst(prefix.count))
        }
        return nil
    }

    private mutating func setGroup(_ column: Int, learner: Int, value: ArraySlice<UInt8>, file: String, line: Int, column at: Int) {
        guard !value.isEmpty else { return }
        if learner >= table.learnerGroups[column].count {
            table.learnerGroups[column] += [Int32](repeating: -1, count: max(learner + 1, table.learnerGroups[column].count * 2) - table.learnerGroups[column].count)
        }
        let current = table.learnerGroups[column][learner]
        if current < 0 {
            table.learnerGroups[column][learner] = Int32(table.groupValues[column].intern(value).index)
        } else if !table.groupValues[column].key(Int(current)).elementsEqual(value) {
            data.report(ResultsRules.conflictingGroup, file: file, line: line, column: at,
                        "this learner's \(table.groupColumns[column]) was '\(table.groupValues[column].string(Int(current)))' in an earlier row, and '\(String(decoding: value, as: UTF8.self))' here; the first counts")
        }
    }

    private mutating func store(_ cell: UInt32, administration target: Int, learner: Int, item: Int, attempt: Int32,
                                origin: UInt64, file: String, line: Int) {
        table.administrations[target].ensureLearner(learner)
        let count = table.administrations[target].itemCount
        let kept = table.administrations[target].attempts[learner]
        let index = learner * count + item
        if kept == 0 || attempt < kept {
            if kept != 0 {
                // An earlier attempt read after a later one: the later one's responses give way.
                for n in learner * count..<(learner + 1) * count where table.administrations[target].cells[n] != Administration.Cell.unset {
                    table.administrations[target].cells[n] = Administration.Cell.unset
                    table.laterAttemptResponses += 1
                    table.rowsUsed -= 1
                }
            }
            table.administrations[target].attempts[learner] = attempt
        } else if attempt > kept {
            table.laterAttemptResponses += 1
            return
        }
        if table.administrations[target].cells[index] != Administration.Cell.unset {
            let first = table.administrations[target].origins[index]
            let firstLine = Int(first & 0xFF_FFFF_FFFF)
            let sameFile = first >> 40 == origin >> 40
            data.report(ResultsRules.duplicateResponse, file: file, line: line,
                        "this learner already answered '\(table.administrations[target].key.items[item].id)' in this attempt\(sameFile ? " (line \(firstLine))" : " (in another file)"); the first response counts")
            return
        }
        table.administrations[target].cells[index] = cell
        table.administrations[target].origins[index] = origin
        table.rowsUsed += 1
    }
}
