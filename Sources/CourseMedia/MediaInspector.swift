import CourseLocalization

/// Looks at a medium's content to see whether it is what its extension
/// says: the first bytes for every format, and the whole file, streamed
/// in pieces, only for the text formats that need it (SVG, WebVTT), so a
/// video of any size costs one small read.
public enum MediaInspector {
    /// What the content says about the name.
    public enum Verdict: Equatable, Sendable {
        case fine
        /// No bytes at all.
        case empty
        /// The content is another format (`actual`), or none known (nil);
        /// `leadingBytes` are its first bytes, to show when it is unknown.
        case mismatch(actual: MediaFormat?, leadingBytes: [UInt8])
        /// The right format, but not readable as one (an SVG that is not
        /// well-formed, subtitles that are not UTF-8).
        case malformed(Message)
        /// An SVG that runs scripts or loads other files.
        case unsafeSVG(Message)
    }

    /// Bytes read at a time when a file is streamed.
    public static let pieceSize = 64 * 1024

    /// Inspects a file named with `fileExtension` (lowercased, no dot) of
    /// `size` bytes, read through `read(offset, count)`. Extensions this
    /// module does not know are `.fine`. Errors from `read` are rethrown.
    public static func inspect(fileExtension: String, size: UInt64, name: String,
                               read: @escaping (UInt64, Int) throws -> [UInt8]) throws -> Verdict {
        guard let accepted = MediaFormat.accepted(forExtension: fileExtension) else { return .fine }
        guard size > 0 else { return .empty }
        let prefix = try read(0, MediaSniffer.prefixLength)
        guard !prefix.isEmpty else { return .empty }
        let actual = MediaSniffer.identify(prefix)
        guard let actual, accepted.contains(actual) else {
            return .mismatch(actual: actual, leadingBytes: Array(prefix.prefix(8)))
        }
        var offset: UInt64 = 0
        let next = { () throws -> [UInt8]? in
            guard offset < size else { return nil }
            let piece = try read(offset, pieceSize)
            if piece.isEmpty { return nil }
            offset += UInt64(piece.count)
            return piece
        }
        switch actual {
        case .svg:
            switch try SVGSafety.check(documentName: name, next: next) {
            case nil: return .fine
            case .notSVG(let reason): return .malformed(reason)
            case .unsafe(let reason): return .unsafeSVG(reason)
            }
        case .webvtt:
            var validator = UTF8Validator()
            while let piece = try next(), validator.feed(piece) {}
            validator.finish()
            if let bad = validator.firstInvalidOffset {
                return .malformed("it is not UTF-8 (byte \(bad + 1) is not part of a UTF-8 character); save it as UTF-8")
            }
            return .fine
        default:
            return .fine
        }
    }
}
