import CourseLocalization
import Foundation

/// Turns titles into file and folder names that every target platform
/// (Windows Explorer, macOS, Linux, LMS importers) accepts unchanged.
///
/// Substitute character: plain ASCII `_`. A full-width look-alike (`：`)
/// would read better but is invisible trouble in shells, URLs and LMS
/// importers that only expect ASCII punctuation; `-` would merge with
/// real dashes in titles such as “Parte 1 - Intro”.
public enum WindowsSafeName {
    /// What every forbidden character or control character becomes.
    public static let substitute: Unicode.Scalar = "_"

    /// Characters Windows refuses in a name, plus both separators.
    static let forbidden: Set<Unicode.Scalar> = [":", "?", "*", "\"", "<", ">", "|", "\\", "/"]

    /// Device names Windows resolves before looking at the disk, compared
    /// case-insensitively on the part before the first dot (so `con.txt`
    /// and `Aux.tar.gz` are reserved too). Recent Windows versions also
    /// reserve the superscript-digit ports and the console aliases.
    static let reservedBaseNames: Set<String> = {
        var names: Set<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
        for digit in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("COM" + digit)
            names.insert("LPT" + digit)
        }
        return names
    }()

    /// Extensions up to this many bytes survive truncation, so
    /// “Una lección muy larga….mp4” still ends in “.mp4”.
    static let keptExtensionBytes = 16

    /// Returns a non-empty, NFC-normalised component of at most
    /// `maxUTF8Bytes` UTF-8 bytes (never splitting a character) that Windows
    /// accepts as a file name. Sanitising is idempotent.
    public static func sanitizeComponent(_ s: String, maxUTF8Bytes: Int = 120) -> String {
        let limit = max(1, maxUTF8Bytes)
        var scalars = String.UnicodeScalarView()
        for scalar in CanonicalName.nfc(s).unicodeScalars {
            scalars.append(isForbidden(scalar) ? substitute : scalar)
        }
        var name = trimmed(String(scalars))
        name = trimmed(truncated(name, limit: limit))
        name = avoidingReservedName(name, limit: limit)
        return name.isEmpty ? String(Character(substitute)) : name
    }

    /// True when `s` is already exactly what `sanitizeComponent` returns
    /// (byte-wise, so an NFD name is *not* safe: it would change).
    public static func isSafeComponent(_ s: String, maxUTF8Bytes: Int = 120) -> Bool {
        Array(sanitizeComponent(s, maxUTF8Bytes: maxUTF8Bytes).utf8) == Array(s.utf8)
    }

    // MARK: - Steps

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        // C0 controls (Windows refuses 1–31), DEL and C1 controls.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        return forbidden.contains(scalar)
    }

    /// Why Windows could not create a file or folder named exactly
    /// `component` (one name of an archive's path), or nil: a character
    /// it refuses, a device name (`CON`, `nul.txt`), or a trailing dot or
    /// space, which it drops. Control characters and separators are the
    /// caller's to refuse first.
    static func problem(with component: Substring) -> Message? {
        if let refused = component.unicodeScalars.first(where: { forbidden.contains($0) }) {
            return "Windows does not allow “\(refused)” in a name"
        }
        if component.last == "." || component.last == " " {
            return "Windows drops the dots and spaces at the end of a name"
        }
        let base = component.prefix { $0 != "." }
        if base.utf8.count <= 16, reservedBaseNames.contains(base.uppercased().trimmingCharacters(in: .whitespaces)) {
            return "“\(base)” is a device name on Windows, not a file"
        }
        return nil
    }

    /// Windows silently drops trailing dots and spaces (so “Tema 1.” and
    /// “Tema 1” collide); leading spaces are legal but break many tools.
    static func trimmed(_ s: String) -> String {
        var result = Substring(s)
        while result.last == "." || result.last == " " { result.removeLast() }
        while result.first == " " { result.removeFirst() }
        return String(result)
    }

    static func truncated(_ s: String, limit: Int) -> String {
        guard s.utf8.count > limit else { return s }
        if let dot = s.lastIndex(of: "."), dot != s.startIndex {
            let ext = s[dot...]
            let extBytes = ext.utf8.count
            if extBytes <= keptExtensionBytes, extBytes * 2 < limit {
                let base = trimmed(prefix(s[..<dot], bytes: limit - extBytes))
                if !base.isEmpty { return base + ext }
            }
        }
        return prefix(Substring(s), bytes: limit)
    }

    /// Longest prefix of whole `Character`s (grapheme clusters) within
    /// `bytes`, so no multi-byte character or emoji sequence is split.
    static func prefix(_ s: Substring, bytes: Int) -> String {
        var used = 0
        var end = s.startIndex
        for character in s {
            let size = character.utf8.count
            if used + size > bytes { break }
            used += size
            end = s.index(after: end)
        }
        return String(s[..<end])
    }

    /// `con.txt` → `con_.txt`: the suffix goes on the base name because
    /// Windows only looks at the part before the first dot.
    static func avoidingReservedName(_ s: String, limit: Int) -> String {
        let dot = s.firstIndex(of: ".") ?? s.endIndex
        var base = String(s[..<dot])
        var rest = String(s[dot...])
        // Reserved names have at most seven characters besides spaces, and
        // neither uppercasing nor trimming shortens a name below its count
        // of other characters: most names are settled without Foundation.
        guard base.unicodeScalars.lazy.filter({ !$0.properties.isWhitespace }).count <= 7 else { return s }
        let key = base.uppercased().trimmingCharacters(in: .whitespaces)
        guard reservedBaseNames.contains(key) else { return s }
        if base.utf8.count + 1 + rest.utf8.count > limit {
            // Only reachable with tiny limits; reserved names are ASCII, so
            // byte-wise shortening is safe.
            if 1 + rest.utf8.count >= limit { rest = "" }
            base = prefix(Substring(base), bytes: limit - 1 - rest.utf8.count)
        }
        return base + "_" + rest
    }
}
