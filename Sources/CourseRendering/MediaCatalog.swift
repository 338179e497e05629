import CourseKit

/// Where source media go inside a package. Files are named by the SHA-256 of
/// their content (plus the original name for readability), so a file used by
/// several lessons, or copied twice under two names, is stored once, and the
/// name changes when — and only when — the content does.
public struct MediaCatalog: Sendable {
    public let folder: String

    public init(folder: String = "media") {
        self.folder = folder
    }

    /// The package path for a repository-relative media file, given its digest.
    public func packagePath(for sourcePath: String, sha256: String) -> String {
        let name = sourcePath.split(separator: "/").last.map(String.init) ?? "archivo"
        return folder + "/" + String(sha256.prefix(12)) + "-" + MediaCatalog.safeName(name)
    }

    /// ASCII-only, lowercase file names: safe on every platform and in URLs.
    static func safeName(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" {
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.isEmpty ? "archivo" : out
    }
}

import Foundation
