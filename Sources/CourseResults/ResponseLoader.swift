import CourseKit
import Foundation

/// Streams responses files in the long format into a `ResponseTable`,
/// reporting every row it cannot use at its line (CS1001–CS1008).
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
    /// The course and version of the keys, for the `course` and `version`
    /// columns (CS1008).
    private let courseID: [UInt8]
    private let version: [UInt8]
    private let courseName: String

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
        courseID = Array(keys.courseID.utf8)
        version = Array(keys.version.utf8)
        courseName = keys.courseID
    }

    /// Diagnostics about the files read so far (paths as given to `read`).
    public var diagnostics: [Diagnostic] { data.finished() }

    /// Reads one file. `path` opens it; `name` is how diagnostics name it.
    public mutating func read(path: String, name: String) throws {
        let reader = try CSVReader(path: path)
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
        let header = (0..<record.count).map { record.string($0) }
        do {
            if let report = try MoodleInteractionsReport.detect(header: header) {
                readMoodle(reader, report, header: header, name: name)
                return
            }
        } catch let error as MoodleInteractionsReport.ReportError {
            data.report(ResultsRules.responsesHeader, file: name, line: record.line, error.message)
            return
        }
        let columns = ResponseColumns(header: header)
        for problem in columns.problems {
            data.report(ResultsRules.responsesHeader, file: name, line: record.line, problem)
        }
        guard columns.problems.isEmpty else { return }
        let layout = Layout(columns: columns, groups: columns.groups.map { table.addGroupColumn($0.name) },
                            file: name, fileIndex: UInt64(fileCount - 1))
        var last = LastRow()
        while true {
            let outcome = reader.next(into: &record)
            if outcome == .end { break }
            table.rowsRead += 1
            if case .malformed(let line, let message) = outcome {
                data.report(ResultsRules.unreadableRow, file: name, line: line, message)
                continue
            }
            process(record, layout, &last)
        }
    }

    /// A Moodle interactions report: each row becomes one long row per
    /// interaction of each SCO, at the report row's line.
    private mutating func readMoodle(_ reader: CSVReader, _ report: MoodleInteractionsReport, header: [String], name: String) {
        let layout = Layout(file: name, fileIndex: UInt64(fileCount - 1))
        var last = LastRow()
        var record = CSVRecord()
        while true {
            let outcome = reader.next(into: &record)
            if outcome == .end { break }
            table.rowsRead += 1
            if case .malformed(let line, let message) = outcome {
                data.report(ResultsRules.unreadableRow, file: name, line: line, message)
                continue
            }
            switch report.rows(of: record, header: header) {
            case .success(let rows): for row in rows { process(row, layout, &last) }
            case .failure(let error): data.report(ResultsRules.unreadableRow, file: name, line: record.line, error.message)
            }
        }
    }

    /// Where the fields of a file's rows are, and how diagnostics name it.
    private struct Layout {
        var learner, assessment, item, response: Int
        var attempt: Int?
        var course: Int?
        var version: Int?
        /// Field index and table column of each grouping column.
        var groups: [(field: Int, column: Int)]
        var count: Int
        var file: String
        var fileIndex: UInt64

        init(columns: ResponseColumns, groups: [Int], file: String, fileIndex: UInt64) {
            learner = columns.index[.learner]!
            assessment = columns.index[.assessment]!
            item = columns.index[.item]!
            response = columns.index[.response]!
            attempt = columns.index[.attempt]
            course = columns.index[.course]
            version = columns.index[.version]
            self.groups = zip(columns.groups, groups).map { ($0.index, $1) }
            count = columns.count
            self.file = file
            self.fileIndex = fileIndex
        }

        /// The rows made from a Moodle report: learner, SCO, interaction, response, attempt.
        init(file: String, fileIndex: UInt64) {
            (learner, assessment, item, response, attempt, groups, count) = (0, 1, 2, 3, 4, [], 5)
            self.file = file
            self.fileIndex = fileIndex
        }
    }

    /// The previous row's learner and group values: files list a learner's
    /// responses together, so most rows need no lookup.
    private struct LastRow {
        var learnerBytes: [UInt8] = []
        var learner = -1
        var groupBytes: [[UInt8]] = []
    }

    /// The 1-based character column where a field starts (for diagnostics only).
    private static func column(_ field: Int, in record: CSVRecord) -> Int {
        var column = 1
        for n in 0..<field {
            column += record.field(n).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        }
        return column
    }

    private mutating func process(_ record: CSVRecord, _ layout: Layout, _ last: inout LastRow) {
        let line = record.line, name = layout.file
        guard record.count == layout.count else {
            data.report(ResultsRules.unreadableRow, file: name, line: line, record.count > layout.count
                        ? "the row has \(record.count) fields but the header has \(layout.count); quote a field that holds commas, e.g. \"a,c\""
                        : "the row has \(record.count) fields but the header has \(layout.count)")
            return
        }
        let learnerBytes = ByteText.trimmed(record.field(layout.learner))
        let assessmentBytes = ByteText.trimmed(record.field(layout.assessment))
        let itemBytes = ByteText.trimmed(record.field(layout.item))
        if learnerBytes.isEmpty || assessmentBytes.isEmpty || itemBytes.isEmpty {
            let (empty, field) = learnerBytes.isEmpty ? ("learner", layout.learner)
                : assessmentBytes.isEmpty ? ("assessment", layout.assessment) : ("item", layout.item)
            data.report(ResultsRules.unreadableRow, file: name, line: line, column: Self.column(field, in: record),
                        "the row has no \(empty)")
            return
        }
        guard sameCourseAndVersion(record, layout) else { return }
        var attempt: Int32 = 1
        if let field = layout.attempt {
            let bytes = ByteText.trimmed(record.field(field))
            if !bytes.isEmpty {
                guard let n = Self.wholeNumber(bytes), n >= 1 else {
                    data.report(ResultsRules.unreadableRow, file: name, line: line, column: Self.column(field, in: record),
                                "attempt '\(String(decoding: bytes, as: UTF8.self))' is not a whole number from 1")
                    return
                }
                attempt = n
            }
        }
        var found: Int?
        if let n = assessmentNames.index(of: assessmentBytes) {
            found = assessmentTargets[n]
        } else if let n = assessmentNames.index(of: ArraySlice(ByteText.lowered(assessmentBytes))) {
            found = assessmentTargets[n]
        } else {
            found = scormAssessment(String(decoding: assessmentBytes, as: UTF8.self))
        }
        guard let target = found else {
            let given = String(decoding: assessmentBytes, as: UTF8.self)
            let known = ["diagnostic", "final"] + table.administrations.filter { $0.kind == .quiz }.map(\.key.id)
            let hint: Message = Suggestion.closest(to: given, in: known).map { "; did you mean '\($0)'?" } ?? ""
            data.report(ResultsRules.unknownAssessment, file: name, line: line, column: Self.column(layout.assessment, in: record),
                        "the course has no assessment '\(given)'\(hint)")
            return
        }
        guard target >= 0 else {
            data.report(ResultsRules.unknownAssessment, file: name, line: line, column: Self.column(layout.assessment, in: record),
                        "'\(String(decoding: assessmentBytes, as: UTF8.self))' is given twice, as the diagnostic and the final; write diagnostic or final")
            return
        }
        guard let item = itemIndex(itemBytes, administration: target) else {
            let given = String(decoding: itemBytes, as: UTF8.self)
            let ids = table.administrations[target].key.items.map(\.id)
            let hint: Message = Suggestion.closest(to: given, in: ids).map { "; did you mean '\($0)'?" } ?? ""
            data.report(ResultsRules.unknownItem, file: name, line: line, column: Self.column(layout.item, in: record),
                        "'\(table.administrations[target].key.id)' has no item '\(given)'\(hint)")
            return
        }
        let learner: Int
        let sameLearner = last.learner >= 0 && last.learnerBytes.elementsEqual(learnerBytes)
        if sameLearner {
            learner = last.learner
        } else {
            learner = table.learners.intern(learnerBytes).index
            last.learner = learner
            last.learnerBytes = Array(learnerBytes)
            last.groupBytes = []
        }
        if last.groupBytes.count != layout.groups.count { last.groupBytes = Array(repeating: [0xFF], count: layout.groups.count) }
        for (n, group) in layout.groups.enumerated() {
            let value = ByteText.trimmed(record.field(group.field))
            if last.groupBytes[n].elementsEqual(value) { continue }
            last.groupBytes[n] = Array(value)
            setGroup(group.column, learner: learner, value: value, file: name, line: line,
                     column: Self.column(group.field, in: record))
        }
        var cell: UInt32
        switch ResponseScorer.score(record.field(layout.response), key: table.administrations[target].key.items[item].key) {
        case .cell(let value): cell = value
        case .malformed(let message):
            data.report(ResultsRules.malformedResponse, file: name, line: line, column: Self.column(layout.response, in: record), message)
            cell = Administration.Cell.malformed
        }
        store(cell, administration: target, learner: learner, item: item, attempt: attempt,
              origin: layout.fileIndex << 40 | UInt64(line), file: name, line: line)
    }

    /// False (reported) when the row says it was taken in another course or
    /// another version of it than the keys'; an empty field says nothing.
    private mutating func sameCourseAndVersion(_ record: CSVRecord, _ layout: Layout) -> Bool {
        if let field = layout.course {
            let given = ByteText.trimmed(record.field(field))
            if !given.isEmpty, !given.elementsEqual(courseID) {
                data.report(ResultsRules.otherCourseVersion, file: layout.file, line: record.line,
                            column: Self.column(field, in: record),
                            "these responses are to course '\(String(decoding: given, as: UTF8.self))', but the keys are of '\(courseName)'; the row is left out")
                return false
            }
        }
        if let field = layout.version {
            let given = ByteText.trimmed(record.field(field))
            if !given.isEmpty, !given.elementsEqual(version) {
                data.report(ResultsRules.otherCourseVersion, file: layout.file, line: record.line,
                            column: Self.column(field, in: record),
                            "these responses were given in version \(String(decoding: given, as: UTF8.self)) of the course, but the keys are of version \(String(decoding: version, as: UTF8.self)); give the keys of that version (its release folder) to score them")
                return false
            }
        }
        return true
    }

    private static func wholeNumber(_ bytes: ArraySlice<UInt8>) -> Int32? {
        guard bytes.count <= 9 else { return nil }
        var n: Int32 = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            n = n * 10 + Int32(byte - 48)
        }
        return n
    }

    /// The administration an SCO of coursec's SCORM package stands for, by
    /// its identifier (`item-diagnostic-<quiz>`, `item-quiz-<quiz>`) or its
    /// title (`… (diagnóstico)`, `… (final)`, a practice quiz's title), as
    /// LMS exports name it.
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
        if found == nil {
            // A practice quiz's SCO is titled with the quiz's title.
            found = table.administrations.firstIndex { $0.kind == .quiz && $0.key.title == value }
        }
        for prefix in ["item-quiz-", "res-quiz-"] where lower.hasPrefix(prefix) {
            let id = String(value.dropFirst(prefix.count))
            found = table.administrations.firstIndex { $0.kind == .quiz && $0.key.id == id }
        }
        resolved[value] = found
        return found
    }

    /// The item named by an id, a SCORM interaction id `<quiz>.<item>`, or `#N`.
    private func itemIndex(_ bytes: ArraySlice<UInt8>, administration target: Int) -> Int? {
        if let n = table.administrations[target].itemIndex.index(of: bytes) { return n }
        if bytes.first == UInt8(ascii: "#"), let n = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
           n >= 1, n <= table.administrations[target].itemCount {
            return n - 1
        }
        let prefix = Array((table.administrations[target].key.id + ".").utf8)
        if bytes.starts(with: prefix) {
            return table.administrations[target].itemIndex.index(of: bytes.dropFirst(prefix.count))
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
