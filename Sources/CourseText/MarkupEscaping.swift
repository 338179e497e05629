/// The one HTML and XML escaper of the project: pages, templates, MathML,
/// CSV rich text, the coverage and results reports all escape through it.
///
/// `&`, `<`, `>` and `"` always become entities, which suffices for text
/// and double-quoted attribute values in HTML and XML; `'` too with
/// `.apostrophes` (Mustache's rule, for single-quoted attributes); and with
/// `.invisibleCharacters` the no-break space and the invisible math
/// operators (U+2061–U+2064) become numeric references, so MathML source
/// shows where they are.
public enum MarkupEscaping {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let apostrophes = Options(rawValue: 1)
        public static let invisibleCharacters = Options(rawValue: 2)
    }

    public static func escape(_ text: String, into out: inout String, _ options: Options = []) {
        // Fast path: most text needs no escaping and is appended whole. The
        // scan reads the bytes eight at a time: it runs over every text node
        // of every page.
        if !options.contains(.invisibleCharacters) {
            var copy = text
            let apostrophes = options.contains(.apostrophes)
            let needsEscaping = copy.withUTF8 { bytes in
                ByteSearch.firstIndex(of: 0x26, 0x3C, 0x3E, 0x22, in: bytes, from: 0) < bytes.count
                    || (apostrophes && bytes.contains(0x27))
            }
            guard needsEscaping else {
                out += text
                return
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where options.contains(.apostrophes): out += "&#39;"
            case "\u{A0}" where options.contains(.invisibleCharacters): out += "&#xA0;"
            case "\u{2061}"..."\u{2064}" where options.contains(.invisibleCharacters):
                out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    public static func escape(_ text: String, _ options: Options = []) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escape(text, into: &out, options)
        return out
    }
}
