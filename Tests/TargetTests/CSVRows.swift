import Foundation

/// The rows of a CSV file (RFC 4180: quoted fields, `""`, CRLF; a UTF-8
/// byte-order mark skipped), read by the tests without the site's or
/// coursec's parser.
enum CSVRows {
    static func read(_ url: URL) throws -> [[String]] {
        var text = Substring(try String(contentsOf: url, encoding: .utf8))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
