/// One component of a path coursec writes to: a file or folder name that
/// has passed validation. The only way to make one is `init(validating:)`,
/// so code that builds output paths from ids, languages or numbers cannot
/// forget to check them: no `/` or `\`, not `.` or `..`, no NUL or other
/// control character, not empty, at most 255 bytes (every Linux file system's
/// limit for a name).
public struct PathName: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(validating text: String) throws(OutputPathError) {
        if let reason = Self.problem(in: text) { throw OutputPathError(path: text, reason: reason) }
        value = text
    }

    public var description: String { value }

    /// Why `text` cannot be a name, or nil when it can.
    public static func problem(in text: String) -> String? {
        let bytes = text.utf8
        if bytes.isEmpty { return "the name is empty" }
        if bytes.count > 255 { return "the name is longer than 255 bytes" }
        if text == "." || text == ".." { return "“\(text)” names a folder, not a file" }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "/"): return "“/” would make the name a path"
            case UInt8(ascii: "\\"): return "“\\” is a path separator on Windows"
            case 0: return "the name contains a NUL character"
            case 1..<0x20, 0x7F: return "the name contains a control character"
            default: continue
            }
        }
        return nil
    }
}

/// A path coursec refused to write to, and why.
public struct OutputPathError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "refused to write “\(path.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())”: \(reason)"
    }
}
