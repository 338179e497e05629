/// Minimal HTML escaping shared by the renderer and the sanitizer.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`, which suffices for text and double-quoted attributes.
    static func escape(_ s: String, into out: inout String) {
        // Fast path: most text needs no escaping, so append it whole. The scan
        // reads the contiguous bytes eight at a time: it runs over every text
        // node of every page.
        var text = s
        let needsEscaping = text.withUTF8 { bytes in
            ByteSearch.firstIndex(of: 0x26, 0x3C, 0x3E, 0x22, in: bytes, from: 0) < bytes.count
        }
        guard needsEscaping else {
            out += s
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        escape(s, into: &out)
        return out
    }
}
