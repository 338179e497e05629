/// The id format shared by courses, lessons, quizzes, items and phases:
/// lowercase ASCII letters, digits and single hyphens, starting with a
/// letter or digit. Stable, URL- and file-name-safe, the same on every OS.
enum IDSyntax {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.count <= 100 else { return false }
        guard isLowerAlnum(first), id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    private static func isLowerAlnum(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }

    /// Validates and reports; returns the id either way so loading goes on.
    static func check(_ id: Located<String>, what: String, sink: DiagnosticSink) {
        guard !isValid(id.value) else { return }
        sink.report(Rules.invalidValue, at: id.range,
                    "\(what) id '\(id.value)' must use lowercase letters, digits and '-' only (e.g. '\(suggest(id.value))')",
                    fixes: [.init(range: id.range, replacement: suggest(id.value), summary: "use '\(suggest(id.value))'")])
    }

    static func suggest(_ text: String) -> String {
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
