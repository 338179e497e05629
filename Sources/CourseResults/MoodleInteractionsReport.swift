import CourseKit
/// Moodle's SCORM "Interactions report" downloaded in text format, read as
/// long rows. Its layout, as Moodle's source writes it
/// (mod/scorm/report/interactions): tab-separated, one row per learner and
/// attempt; the learner's name and identity fields, the attempt, its start,
/// last access and score; then one column per SCO title, then the columns
/// of interaction N (`Question N`, `Response N`, `Right answer N`,
/// `Result N`, whichever the report showed, N from 0). The header names the
/// interaction columns once, but each row repeats, per SCO, its score and
/// its interaction columns, so with S SCOs a row has B (S − 1) more cells
/// than the header (B: the interaction columns). Values are HTML-escaped.
///
/// Not verified against a live Moodle: column texts are Moodle's English
/// strings and their presumed Spanish translations.
struct MoodleInteractionsReport {
    static let questionNames = ["question", "pregunta"]
    static let responseNames = ["response", "respuesta"]
    static let otherNames = ["right answer", "respuesta correcta", "result", "resultado"]
    static let learnerNames = ["id number", "número de id", "numero de id", "username", "nombre de usuario",
                               "email address", "dirección email", "dirección de correo"]

    let headerCount: Int
    let firstInteraction: Int
    /// Columns per interaction, and where its id and response are among them.
    let stride: Int
    let idOffset: Int
    let responseOffset: Int
    let learnerField: Int
    let attemptField: Int?

    /// The report's layout, or nil when the header is not such a report.
    /// Throws a message when it is one but lacks the question ids.
    static func detect(header: [String]) throws -> MoodleInteractionsReport? {
        let lower = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func numbered(_ names: [String], _ n: Int) -> Int? { lower.firstIndex { h in names.contains { h == "\($0) \(n)" } } }
        guard let response0 = numbered(responseNames, 0) else { return nil }
        guard let question0 = numbered(questionNames, 0) else {
            throw ReportError("this Moodle interactions report has no question ids; download it again with 'Summary of question' ticked")
        }
        let first = min(response0, question0, numbered(otherNames, 0) ?? response0)
        let next = [numbered(questionNames, 1), numbered(responseNames, 1)].compactMap { $0 }.min() ?? header.count
        let stride = next - first
        guard stride >= 2, (header.count - first) % stride == 0 else {
            throw ReportError("the interaction columns of this Moodle report are not in a layout coursec knows")
        }
        return MoodleInteractionsReport(
            headerCount: header.count, firstInteraction: first, stride: stride, idOffset: question0 - first,
            responseOffset: response0 - first, learnerField: lower.firstIndex { learnerNames.contains($0) } ?? 0,
            attemptField: lower.firstIndex { $0 == "attempt" || $0 == "intento" })
    }

    struct ReportError: Error {
        var message: Message
        init(_ message: Message) { self.message = message }
    }

    /// The long rows (learner, SCO title, interaction id, response, attempt)
    /// of one report row, or a message when its length fits no layout.
    func rows(of record: CSVRecord, header: [String]) -> Result<[CSVRecord], ReportError> {
        let block = headerCount - firstInteraction
        let extra = record.count - headerCount
        guard block > 0, extra >= 0, extra % block == 0 else {
            return .failure(ReportError("the row has \(record.count) fields, which fits no number of SCOs of this report's header"))
        }
        let scoCount = extra / block + 1
        let main = firstInteraction - scoCount
        guard main > 0 else { return .failure(ReportError("the row has more SCOs than the header has columns")) }
        var rows: [CSVRecord] = []
        for sco in 0..<scoCount {
            let title = Array(header[main + sco].utf8)
            let start = main + sco * (1 + block) + 1
            for n in 0..<(block / stride) {
                let id = unescape(record.field(start + n * stride + idOffset))
                guard !ByteText.trimmed(ArraySlice(id)).isEmpty else { continue }
                let response = unescape(record.field(start + n * stride + responseOffset))
                let attempt = attemptField.map { Array(record.field($0)) } ?? []
                rows.append(CSVRecord(fields: [Array(record.field(learnerField)), title, id, response, attempt], line: record.line))
            }
        }
        return .success(rows)
    }

    /// Moodle's `s()`: htmlspecialchars.
    func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return Array(bytes) }
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#039;", "'"), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return Array(text.utf8)
    }
}

extension CSVRecord {
    /// A record made of the given fields (for rows converted from another layout).
    init(fields: [[UInt8]], line: Int) {
        self.init()
        for field in fields {
            bytes += field
            ends.append(bytes.count)
        }
        self.line = line
    }
}

import Foundation
