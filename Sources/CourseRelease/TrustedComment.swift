import Foundation

/// The signed, one-line trusted comment of every coursec signature:
/// `coursec artifact=PATH course=ID@VERSION phase=ID release=N sha256=HEX signed=TIME`.
/// `minisign -V` prints it, so whoever checks a package with the stock tool
/// sees what it is without coursec; `coursec verify` also checks that it
/// is a coursec comment naming the file it sits beside and that file's
/// SHA-256, so a file and its signature cannot be swapped with another
/// pair, nor a file re-signed with the same key under another comment. Values are percent-encoded where they hold a
/// space, `%` or `=`, keeping the line parseable.
public struct TrustedComment: Sendable, Equatable {
    public var artifact: String
    public var course: String?
    public var phase: String
    /// The release number (see `ReleaseManifest.release`).
    public var release: Int?
    public var sha256: String
    public var signed: Date

    /// minisign accepts longer comments; staying far below keeps every
    /// version of the tool and every terminal happy.
    static let maxBytes = 1_000

    public init(artifact: String, course: String?, phase: String, release: Int? = nil, sha256: String, signed: Date) {
        self.artifact = artifact
        self.course = course
        self.phase = phase
        self.release = release
        self.sha256 = sha256
        self.signed = signed
    }

    public var text: String {
        var fields = ["coursec"]
        fields.append("artifact=" + Self.encode(artifact))
        if let course { fields.append("course=" + Self.encode(course)) }
        fields.append("phase=" + Self.encode(phase))
        if let release { fields.append("release=" + String(release)) }
        fields.append("sha256=" + sha256)
        fields.append("signed=" + Self.format(signed))
        let line = fields.joined(separator: " ")
        if line.utf8.count <= Self.maxBytes { return line }
        // Only an absurdly long path gets here; the SHA-256 still identifies the file.
        return fields.filter { !$0.hasPrefix("artifact=") }.joined(separator: " ")
    }

    /// The fields of a coursec trusted comment, or nil for any other comment.
    public static func fields(of text: String) -> [String: String]? {
        let parts = text.split(separator: " ")
        guard parts.first == "coursec" else { return nil }
        var result: [String: String] = [:]
        for part in parts.dropFirst() {
            guard let eq = part.firstIndex(of: "=") else { continue }
            let value = String(part[part.index(after: eq)...])
            result[String(part[..<eq])] = value.removingPercentEncoding ?? value
        }
        return result
    }

    static func encode(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "%": out += "%25"
            case "=": out += "%3D"
            case "\t": out += "%09"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
