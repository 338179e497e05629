/// Decodes character references in attribute values so safety checks see what
/// the browser will see. Numeric references are decoded with or without the
/// trailing `;` (as browsers do in attributes); named ones cover those that
/// matter for URLs plus the common escapes. Unknown names stay literal, which
/// is harmless: they cannot turn into `:` or letters of a scheme.
public enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")",
        "period": ".", "num": "#", "quest": "?", "equals": "=", "excl": "!",
    ]

    public static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&" else {
                out.append(scalars[i])
                i += 1
                continue
            }
            if let (value, next) = reference(scalars, at: i) {
                out.append(contentsOf: value.unicodeScalars)
                i = next
            } else {
                out.append("&")
                i += 1
            }
        }
        return String(out)
    }

    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        if i < s.count, s[i] == "#" {
            i += 1
            let hex = i < s.count && (s[i] == "x" || s[i] == "X")
            if hex { i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, s[i].isASCII, let d = UInt32(String(s[i]), radix: hex ? 16 : 10) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x110000)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (value == 0 ? "\u{FFFD}" : String(Character(scalar)), i)
        }
        var name = ""
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]), name.count < 32 {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", let value = named[name.lowercased()] else { return nil }
        return (value, i + 1)
    }
}
