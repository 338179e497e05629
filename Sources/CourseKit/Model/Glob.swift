/// Minimal glob matching for policy paths: `*` within a path component,
/// `**` across components, `?` one character.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    private static func match(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = p.first else { return s.isEmpty }
        if first == "*" {
            let double = p.dropFirst().first == "*"
            var rest = double ? p.dropFirst(2) : p.dropFirst()
            if double, rest.first == "/" { 
                // `**/` also matches zero folders.
                if match(rest.dropFirst(), s) { return true }
                rest = p.dropFirst(2)
            }
            var i = s.startIndex
            while true {
                if match(rest, s[i...]) { return true }
                if i == s.endIndex { return false }
                if !double && s[i] == "/" { return false }
                i += 1
            }
        }
        guard let c = s.first else { return false }
        if first == "?" ? c != "/" : first == c { return match(p.dropFirst(), s.dropFirst()) }
        return false
    }
}
