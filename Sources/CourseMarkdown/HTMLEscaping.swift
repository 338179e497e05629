/// Minimal HTML escaping shared by the renderer and the sanitizer.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`, which suffices for text and double-quoted attributes.
    static func escape(_ s: String, into out: inout String) {
        // Fast path: most text needs no escaping, so append it whole. The scan
        // runs over the contiguous bytes (a generic `contains(where:)` on the
        // UTF-8 view showed in profiles: every text node of every page).
        var text = s
        let needsEscaping = text.withUTF8 { bytes in
            for byte in bytes where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 { return true }
            return false
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
