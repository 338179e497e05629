/// Identifies a file by its first bytes (magic numbers), the way browsers
/// and `file(1)` do: binary formats by their signatures, then markup and
/// text by the rules of the WHATWG MIME Sniffing standard (§7.1, "identify
/// an unknown MIME type": HTML tags after leading whitespace, binary bytes).
public enum MediaSniffer {
    /// How many leading bytes `identify` looks at. Enough for every
    /// signature (PDF may start its header up to 1,024 bytes in, an MPEG
    /// transport stream needs two 188-byte packets) and for finding the
    /// root element of an SVG after its prolog.
    public static let prefixLength = 4096

    /// The format of a file that starts with `prefix` (at most
    /// `prefixLength` bytes of it); nil for binary data that is none of
    /// the known formats, and for no bytes at all.
    public static func identify(_ prefix: [UInt8]) -> MediaFormat? {
        let b = prefix.prefix(prefixLength).map { $0 }
        guard !b.isEmpty else { return nil }
        if let binary = binaryFormat(b) { return binary }
        return markupOrText(b)
    }

    // MARK: - Binary signatures

    private static func binaryFormat(_ b: [UInt8]) -> MediaFormat? {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + signature.count && Array(b[offset..<offset + signature.count]) == signature
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }

        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if ascii("GIF87a") || ascii("GIF89a") { return .gif }
        if ascii("RIFF") {
            if ascii("WEBP", at: 8) { return .webp }
            if ascii("AVI ", at: 8) { return .avi }
            if ascii("WAVE", at: 8) { return .wav }
        }
        if let iso = isoMedia(b) { return iso }
        if starts([0x1A, 0x45, 0xDF, 0xA3]) { return .matroska }
        if starts([0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C]) { return .asf }
        if ascii("FLV"), b.count > 3, b[3] == 1 { return .flv }
        if starts([0x00, 0x00, 0x01, 0xBA]) || starts([0x00, 0x00, 0x01, 0xB3]) { return .mpegProgram }
        if isTransportStream(b) { return .mpegTransport }
        if starts([0x1F, 0x07, 0x00]) { return .dv }
        if ascii("OggS") { return .ogg }
        if ascii("fLaC") { return .flac }
        if ascii("ID3") || isMPEGAudioFrame(b) { return .mpegAudio }
        if ascii("PK"), b.count >= 4, [[3, 4], [5, 6], [7, 8]].contains([b[2], b[3]]) { return .zip }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleCompound }
        if starts([0x1F, 0x8B]) { return .gzip }
        if ascii("MZ") || starts([0x7F, 0x45, 0x4C, 0x46]) || starts([0xCF, 0xFA, 0xED, 0xFE]) { return .executable }
        // PDF readers accept the header anywhere in the first 1,024 bytes.
        if let at = find(Array("%PDF-".utf8), in: b.prefix(1024 + 5)), at <= 1024 { return .pdf }
        return nil
    }

    /// An `ftyp` box (its major brand tells images from video), or the
    /// other atoms an old QuickTime file may start with.
    private static func isoMedia(_ b: [UInt8]) -> MediaFormat? {
        guard b.count >= 12 else { return nil }
        let type = String(decoding: b[4..<8], as: UTF8.self)
        if type == "ftyp" {
            let brand = String(decoding: b[8..<12], as: UTF8.self)
            return ["heic", "heix", "heim", "heis", "hevc", "mif1", "msf1", "avif", "avis"].contains(brand) ? .heif : .isoMedia
        }
        let size = UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])
        if ["moov", "mdat", "wide", "free", "skip", "pnot"].contains(type), size >= 8 || size == 1 { return .isoMedia }
        return nil
    }

    /// Sync bytes (0x47) every 188 bytes, or every 192 in M2TS (after a
    /// 4-byte time code).
    private static func isTransportStream(_ b: [UInt8]) -> Bool {
        for (start, stride) in [(0, 188), (4, 192)] {
            let positions = [start, start + stride, start + 2 * stride].filter { $0 < b.count }
            if positions.count >= 2 || (positions.count == 1 && b.count < start + stride),
               positions.allSatisfy({ b[$0] == 0x47 }) {
                return true
            }
        }
        return false
    }

    /// An MPEG audio frame header: 11 sync bits, then a version, layer,
    /// bit rate and sample rate that are not reserved. (AAC's ADTS header
    /// has the same sync with layer 0, which is reserved here.)
    private static func isMPEGAudioFrame(_ b: [UInt8]) -> Bool {
        guard b.count >= 3, b[0] == 0xFF, b[1] & 0xE0 == 0xE0 else { return false }
        let version = (b[1] >> 3) & 3, layer = (b[1] >> 1) & 3
        let bitrate = b[2] >> 4, sampleRate = (b[2] >> 2) & 3
        return version != 1 && layer != 0 && bitrate != 0xF && sampleRate != 3
    }

    // MARK: - Markup and text

    private static func markupOrText(_ b: [UInt8]) -> MediaFormat? {
        var start = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if Array(b[start...]).starts(with: Array("WEBVTT".utf8)) {
            let after = start + 6
            if after == b.count || [0x20, 0x09, 0x0A, 0x0D].contains(b[after]) { return .webvtt }
        }
        // A binary data byte (WHATWG MIME Sniffing §7.1) means not text.
        let binary: Set<UInt8> = Set(Array(0x00...0x08) + [0x0B] + Array(0x0E...0x1A) + Array(0x1C...0x1F))
        if b[start...].contains(where: binary.contains) { return nil }
        while start < b.count, [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(b[start]) { start += 1 }
        let rest = Array(b[start...])
        if rest.starts(with: Array("<?xml".utf8)) {
            return rootIsSVG(rest) ? .svg : .xml
        }
        if rest.starts(with: Array("<svg".utf8)) { return .svg }
        if startsWithHTMLTag(rest) {
            // A comment may precede an SVG's root element.
            if rest.starts(with: Array("<!--".utf8)), rootIsSVG(rest) { return .svg }
            return .html
        }
        if rest.starts(with: Array("<!DOCTYPE svg".utf8)) { return .svg }
        return .text
    }

    /// The first element after the prolog (declarations, comments,
    /// processing instructions and the document type) is `svg`.
    private static func rootIsSVG(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
            let next = i + 1 < b.count ? b[i + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                let closer: [UInt8] = b[i...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = find(closer, in: b[(i + 2)...]) else { return false }
                i = end + closer.count
                continue
            }
            let name = b[(i + 1)...].prefix { ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains($0) }
            let local = name.split(separator: UInt8(ascii: ":")).last.map(Array.init) ?? []
            return local == Array("svg".utf8)
        }
        return false
    }

    /// The WHATWG patterns for HTML: a tag name among these, case
    /// insensitive, followed by a space or `>` (a comment opener needs neither).
    private static func startsWithHTMLTag(_ b: [UInt8]) -> Bool {
        if b.starts(with: Array("<!--".utf8)) { return true }
        let tags = ["<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE",
                    "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P"]
        for tag in tags {
            let pattern = Array(tag.utf8)
            guard b.count > pattern.count else { continue }
            let matches = zip(pattern, b).allSatisfy { p, c in
                (c >= 0x61 && c <= 0x7A ? c - 0x20 : c) == p
            }
            if matches, b[pattern.count] == 0x20 || b[pattern.count] == UInt8(ascii: ">") { return true }
        }
        return false
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
