import Foundation

/// A compact JSON writer for the data pages carry in `<script
/// type="application/json">` (a quiz's answer key, the teachers' page's
/// course); strings are escaped for JSON and for an HTML `<script>` element
/// at once (`<`, `>`, `&`, U+2028, U+2029 as `\u` escapes), so no text can
/// end the element it sits in. The caller writes keys in sorted order.
final class ScriptJSON {
    private(set) var text = ""
    private var needsComma = false

    func object(_ body: () -> Void) {
        text += "{"
        needsComma = false
        body()
        text += "}"
        needsComma = true
    }

    func array<T>(_ values: [T], _ element: (T) -> Void) {
        text += "["
        needsComma = false
        for value in values {
            if needsComma { text += "," }
            element(value)
            needsComma = true
        }
        text += "]"
        needsComma = true
    }

    func field(_ name: String, _ value: () -> Void) {
        if needsComma { text += "," }
        string(name)
        text += ":"
        value()
        needsComma = true
    }

    func number(_ value: Int) { text += String(value) }
    func bool(_ value: Bool) { text += value ? "true" : "false" }

    func string(_ value: String) {
        text += "\""
        // Ids and answers rarely need escaping: append them whole when no
        // byte could (0xE2 leads U+2028 and U+2029).
        var bytes = value
        let plain = bytes.withUTF8 { buffer in
            !buffer.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        }
        if plain {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
