/// Decides per entry whether to deflate or store.
///
/// Formats that are already compressed gain nothing from deflate (often a
/// few bytes worse) but cost CPU time proportional to their size; course
/// packages are dominated by such media, so they are stored. The decision is
/// made from the archive path only, never from the content or the machine,
/// so it is reproducible.
enum ZipCompressionPolicy {
    /// Level 6, zlib's own default, for libdeflate and zlib alike: on HTML,
    /// CSS, JS and XML libdeflate's 6 is within 1% of its 9 at half the
    /// time. Deflate output is only reproducible for the same library and
    /// level, which is why the level is pinned rather than "default".
    static let deflateLevel = 6

    /// Lower-case extensions stored without compression.
    static let storedExtensions: Set<String> = [
        // video
        "mp4", "m4v", "mov", "webm", "mkv", "avi", "ogv",
        // audio
        "mp3", "m4a", "aac", "ogg", "oga", "opus", "flac",
        // images
        "png", "jpg", "jpeg", "gif", "webp", "avif", "heic",
        // fonts with their own compression
        "woff", "woff2",
        // archives and ZIP-based documents
        "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar",
        "docx", "xlsx", "pptx", "epub", "odt", "ods", "odp",
    ]

    static func shouldStore(path: String, size: Int64) -> Bool {
        // An empty entry has nothing to compress; storing avoids a 2-byte
        // deflate stream and version-needed 2.0.
        if size == 0 { return true }
        // On the bytes: `/` and `.` are ASCII (a split of every entry's
        // path showed in profiles of a build).
        let utf8 = path.utf8
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return false }
        let ext = path[utf8.index(after: dot)...]
        guard ext.utf8.count <= 5 else { return false }
        return storedExtensions.contains(ext.lowercased())
    }
}
