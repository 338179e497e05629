/// Decides whether a URL from an author may appear in an `href`/`src`.
///
/// Browsers ignore ASCII tabs, newlines and leading control/space characters
/// inside a scheme (`java\tscript:` runs), and attribute values are entity-
/// decoded before use (`javascript&#58;`). So the check runs on the decoded
/// value with those characters removed, and only known-safe schemes pass.
public enum URLSafety {
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    static let imageDataTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"]

    /// `url` must already be entity-decoded.
    static func isSafe(_ url: String, forImage: Bool) -> Bool {
        guard let scheme = scheme(of: url) else { return true }  // relative URL
        if safeSchemes.contains(scheme) { return true }
        if scheme == "data", forImage {
            let rest = normalized(url).dropFirst("data:".count).lowercased()
            return imageDataTypes.contains { rest.hasPrefix($0 + ";") || rest.hasPrefix($0 + ",") }
        }
        return false
    }

    /// True for URLs that leave the course: any scheme, or protocol-relative `//host`.
    public static func isExternal(_ url: String) -> Bool {
        scheme(of: url) != nil || normalized(url).hasPrefix("//")
    }

    /// An image on the web (any scheme but `data:`): pages never load it,
    /// they link to it (CS0604, reported by `coursec check`).
    public static func isWebImage(_ url: String) -> Bool {
        isExternal(url) && scheme(of: url) != "data"
    }

    /// Lowercased scheme, if the URL has one (a `:` before any `/`, `?` or `#`).
    static func scheme(of url: String) -> String? {
        let clean = normalized(url)
        var scheme = ""
        for scalar in clean.unicodeScalars {
            switch scalar {
            case ":": return scheme.isEmpty ? nil : scheme.lowercased()
            case "/", "?", "#": return nil
            default: scheme.unicodeScalars.append(scalar)
            }
        }
        return nil
    }

    private static func normalized(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars where scalar.value > 0x20 && scalar.value != 0x7F {
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
