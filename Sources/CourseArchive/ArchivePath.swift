import CourseLocalization
import Foundation

/// Validation and normalisation of the paths callers give the writer.
///
/// Names are stored NFC-normalised: macOS file systems hand out decomposed
/// (NFD) names while Linux keeps whatever bytes were written, so without
/// normalising the same course would zip to different bytes depending on
/// where it was checked out.
enum ArchivePath {
    /// Returns the NFC form of `path` or throws `ArchiveError.invalidPath`.
    /// A single trailing `/` is accepted only when `allowTrailingSlash`
    /// (directories) and is removed from the result.
    static func normalized(_ path: String, allowTrailingSlash: Bool = false) throws -> String {
        var candidate = CanonicalName.nfc(path)
        if allowTrailingSlash, candidate.hasSuffix("/"), candidate.count > 1 {
            candidate.removeLast()
        }
        func fail(_ reason: Message) -> ArchiveError {
            .invalidPath(path: path, reason: reason)
        }
        if candidate.isEmpty { throw fail("the path is empty") }
        if candidate.hasPrefix("/") { throw fail("absolute paths are not allowed") }
        if candidate.utf8.contains(UInt8(ascii: "\\")) { throw fail("use “/” as the separator, not “\\”") }
        if candidate.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw fail("control characters are not allowed")
        }
        let components = candidate.split(separator: "/", omittingEmptySubsequences: false)
        if let first = components.first, isDriveLetter(first) {
            throw fail("a drive letter makes the path absolute on Windows")
        }
        for component in components {
            if component.isEmpty { throw fail("empty path component (“//” or trailing “/”)") }
            if component == ".." { throw fail("“..” components are not allowed") }
            if component == "." { throw fail("“.” components are not allowed") }
        }
        return candidate
    }

    /// `C:` or `c:anything`: Windows treats it as drive-relative.
    static func isDriveLetter(_ component: Substring) -> Bool {
        let scalars = Array(component.unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[1] == ":" else { return false }
        return scalars[0].isASCII && scalars[0].properties.isAlphabetic
    }

    /// Every proper parent folder of `path` (“a/b/c.txt” → “a”, “a/b”).
    /// Cut at each `/` byte: splitting and joining the components showed in
    /// profiles of a build (every archive entry asks).
    static func parents(of path: String) -> [String] {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        // An empty component (a leading, trailing or doubled `/`) is skipped.
        var doubled = false, previous: UInt8 = 0
        for byte in utf8 {
            if byte == slash, previous == slash { doubled = true; break }
            previous = byte
        }
        if doubled || utf8.first == slash || utf8.last == slash {
            let components = path.split(separator: "/")
            guard components.count > 1 else { return [] }
            return (1..<components.count).map { components[0..<$0].joined(separator: "/") }
        }
        var result: [String] = []
        var index = utf8.startIndex
        while let found = utf8[index...].firstIndex(of: slash) {
            result.append(String(path[..<found]))
            index = utf8.index(after: found)
        }
        return result
    }

    /// The folder holding `path` (“a/b/c.txt” → “a/b”), nil at the top.
    static func parent(of path: String) -> String? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash > path.utf8.startIndex else { return nil }
        return String(path[..<slash])
    }

    /// Byte-wise order on UTF-8, independent of locale and of Swift's
    /// Unicode-aware `<` (which is not a plain byte comparison). Takes
    /// pre-extracted bytes and uses memcmp: sorting 100 000 names through
    /// the generic `lexicographicallyPrecedes` takes seconds in debug builds.
    static func byteOrder(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        let common = min(lhs.count, rhs.count)
        if common > 0 {
            let order = lhs.withUnsafeBytes { l in
                rhs.withUnsafeBytes { r in memcmp(l.baseAddress!, r.baseAddress!, common) }
            }
            if order != 0 { return order < 0 }
        }
        return lhs.count < rhs.count
    }
}
