import CourseKit
import CourseResults

/// Whether the cells of a CSV row are text a question can hold: UTF-8
/// (decoding with replacement would turn every accent of a file saved in
/// another encoding into U+FFFD without a word) and free of control
/// characters other than tab, line feed and carriage return (a NUL or an
/// escape byte in a question reaches the Markdown, the pages and the
/// platform's CSV).
enum CellText {
    enum Problem: Equatable {
        /// The column's header (`Question Text`), or its number.
        case notUTF8(column: Message)
        /// The column and the character, as `U+0000`.
        case control(column: Message, scalar: String)
    }

    static func problem(in record: CSVRecord, header: [String]) -> Problem? {
        for index in 0..<record.count {
            let field = record.field(index)
            guard let text = String(validating: field, as: UTF8.self) else {
                return .notUTF8(column: name(of: index, header: header))
            }
            for scalar in text.unicodeScalars where isForbidden(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return .control(column: name(of: index, header: header),
                                scalar: "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            }
        }
        return nil
    }

    /// C0 controls but tab, LF and CR; DEL; the C1 controls.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    private static func name(of index: Int, header: [String]) -> Message {
        index < header.count && !header[index].isEmpty ? "`\(header[index])`" : "column \(index + 1)"
    }
}
