/// The id format shared by courses, lessons, quizzes, items and phases:
/// lowercase ASCII letters, digits and single hyphens, starting with a
/// letter or digit. Stable, URL- and file-name-safe, the same on every OS.
public enum IDSyntax {
    public static func isValid(_ id: String) -> Bool {
        // Bytes: every valid character is ASCII (Foundation's `contains("--")`
        // showed in profiles; every id of every file passes here).
        let bytes = id.utf8
        let hyphen = UInt8(ascii: "-")
        guard let first = bytes.first, bytes.count <= 100, isLowerAlnum(first), bytes.last != hyphen else { return false }
        var afterHyphen = false
        for byte in bytes {
            if byte == hyphen {
                if afterHyphen { return false }
                afterHyphen = true
            } else if isLowerAlnum(byte) {
                afterHyphen = false
            } else {
                return false
            }
        }
        return true
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
    }

    /// Validates and reports; returns the id either way so loading goes on.
    static func check(_ id: Located<String>, what: Message, sink: DiagnosticSink) {
        guard !isValid(id.value) else { return }
        sink.report(Rules.invalidValue, at: id.range,
                    "\(what) id '\(id.value)' must use lowercase letters, digits and '-' only (e.g. '\(suggest(id.value))')",
                    fixes: [.init(range: id.range, replacement: suggest(id.value), summary: "use '\(suggest(id.value))'")])
    }

    public static func suggest(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        for c in folded.unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) }
            else if !out.isEmpty, out.last != "-" { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "id" : out
    }
}

import Foundation
