import CourseLocalization
import Foundation

/// Decodes and vets the name of a ZIP entry: anything that could land
/// outside an extraction folder, or that some system could not create,
/// is refused with the reason.
///
/// Names are UTF-8 when the entry says so (flag bit 11). Otherwise a name
/// that is valid UTF-8 is read as UTF-8, as macOS, libarchive and most
/// current tools do (many writers never set the flag), and any other name
/// as code page 437, the ZIP default.
enum ZipEntryName {
    /// Longest path component, in UTF-8 bytes (ext4, NTFS and APFS allow 255).
    static let maxComponentBytes = 255
    /// Longest path, in UTF-8 bytes.
    static let maxPathBytes = 1024
    /// Deepest path, in components.
    static let maxDepth = 32

    struct Vetted {
        /// The name without a folder's trailing "/".
        var path: String
        /// Whether the name ends in "/".
        var namesFolder: Bool
    }

    static func decode(_ entry: ZipCentralEntry) throws -> String {
        let raw = entry.rawName
        if entry.flags & ZipCentralEntry.utf8Flag != 0 {
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw ArchiveError.unsafeEntry(path: String(decoding: raw, as: UTF8.self),
                                               reason: "the name is marked as UTF-8 but is not valid UTF-8")
            }
            return text
        }
        if let text = String(validating: raw, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(raw.map(codePage437)))
    }

    /// The decoded name, vetted. `unicodePath` (Info-ZIP's 0x7075 field) is
    /// what some extractors use instead of the name: it must say the same.
    static func vet(_ name: String, unicodePath: [UInt8]?) throws -> Vetted {
        func refuse(_ reason: Message) -> ArchiveError { .unsafeEntry(path: name, reason: reason) }
        if let unicodePath {
            guard let alternative = String(validating: unicodePath, as: UTF8.self),
                  CanonicalName.nfc(alternative) == CanonicalName.nfc(name) else {
                throw refuse("it carries a second, different name (Unicode Path field), so tools would disagree on it")
            }
        }
        if name.isEmpty { throw refuse("the name is empty") }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw refuse("control characters are not allowed in names")
        }
        if name.hasPrefix("/") { throw refuse("absolute paths are not allowed") }
        if name.contains("\\") { throw refuse("backslashes (Windows separators) are not allowed") }
        var path = Substring(name)
        let namesFolder = path.hasSuffix("/")
        if namesFolder { path.removeLast() }
        if path.isEmpty { throw refuse("the entry names the root folder") }
        if path.utf8.count > maxPathBytes {
            throw refuse("the name is \(path.utf8.count) bytes long; at most \(maxPathBytes) are allowed")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if let first = components.first, ArchivePath.isDriveLetter(first) {
            throw refuse("drive letters are not allowed")
        }
        if components.count > maxDepth {
            throw refuse("the path is \(components.count) folders deep; at most \(maxDepth) are allowed")
        }
        for component in components {
            if component.isEmpty { throw refuse("empty path components (“//”) are not allowed") }
            if component == ".." { throw refuse("“..” components are not allowed") }
            if component == "." { throw refuse("“.” components are not allowed") }
            if component.utf8.count > maxComponentBytes {
                throw refuse("a name in the path is \(component.utf8.count) bytes long; at most \(maxComponentBytes) are allowed")
            }
            // The offline site is unzipped on teachers' Windows computers.
            if let problem = WindowsSafeName.problem(with: component) { throw refuse(problem) }
        }
        return Vetted(path: String(path), namesFolder: namesFolder)
    }

    /// The name as a case-insensitive file system with Unicode
    /// normalisation (Windows, macOS) sees it: two entries with the same
    /// key would be extracted to one file.
    static func collisionKey(_ path: String) -> String {
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return path.lowercased() }
        return CanonicalName.nfc(path).folding(options: [.caseInsensitive], locale: nil)
    }

    /// Code page 437 (the original IBM PC set), which ZIP assumes for
    /// names without the UTF-8 flag.
    static func codePage437(_ byte: UInt8) -> Unicode.Scalar {
        byte < 0x80 ? Unicode.Scalar(byte) : Unicode.Scalar(upperHalf437[Int(byte) - 0x80])!
    }

    private static let upperHalf437: [UInt32] = [
        0xC7, 0xFC, 0xE9, 0xE2, 0xE4, 0xE0, 0xE5, 0xE7, 0xEA, 0xEB, 0xE8, 0xEF, 0xEE, 0xEC, 0xC4, 0xC5,
        0xC9, 0xE6, 0xC6, 0xF4, 0xF6, 0xF2, 0xFB, 0xF9, 0xFF, 0xD6, 0xDC, 0xA2, 0xA3, 0xA5, 0x20A7, 0x192,
        0xE1, 0xED, 0xF3, 0xFA, 0xF1, 0xD1, 0xAA, 0xBA, 0xBF, 0x2310, 0xAC, 0xBD, 0xBC, 0xA1, 0xAB, 0xBB,
        0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
        0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
        0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
        0x3B1, 0xDF, 0x393, 0x3C0, 0x3A3, 0x3C3, 0xB5, 0x3C4, 0x3A6, 0x398, 0x3A9, 0x3B4, 0x221E, 0x3C6, 0x3B5, 0x2229,
        0x2261, 0xB1, 0x2265, 0x2264, 0x2320, 0x2321, 0xF7, 0x2248, 0xB0, 0x2219, 0xB7, 0x221A, 0x207F, 0xB2, 0x25A0, 0xA0,
    ]
}
