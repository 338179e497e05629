import CSodium

/// Text-level helpers shared by the three minisign file formats: base64 in
/// the flavour minisign uses (standard alphabet, `=` padding, no line
/// breaks), line splitting that tolerates CRLF, and comment validation.
enum MinisignText {
    static let untrustedPrefix = "untrusted comment: "
    static let trustedPrefix = "trusted comment: "
    /// minisign reads comment lines with a 1024-byte `fgets`; longer
    /// untrusted comments would be split across lines.
    static let maxUntrustedCommentBytes = 1024 - 1 - 1 - untrustedPrefix.utf8.count
    /// minisign refuses trusted comments of 8192 - 18 bytes or more.
    static let maxTrustedCommentBytes = 8192 - 18 - 1

    static func encodedLength(_ binaryCount: Int) -> Int { ((binaryCount + 2) / 3) * 4 }

    /// Base64 of non-secret bytes.
    static func base64(_ bytes: UnsafeRawBufferPointer) -> String {
        Sodium.ensureInitialized()
        let length = encodedLength(bytes.count)
        var out = [CChar](repeating: 0, count: length + 1)
        out.withUnsafeMutableBufferPointer { dst in
            _ = sodium_bin2base64(dst.baseAddress!, dst.count,
                                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count,
                                  sodium_base64_VARIANT_ORIGINAL)
        }
        return String(decoding: out.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func base64(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { base64($0) }
    }

    /// Base64 of secret bytes into a wiped-on-release buffer.
    static func base64Secret(_ bytes: UnsafeRawBufferPointer) -> SecretBuffer {
        let length = encodedLength(bytes.count)
        let out = SecretBuffer(count: length + 1)
        _ = sodium_bin2base64(out.raw.baseAddress!.assumingMemoryBound(to: CChar.self), out.count,
                              bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count,
                              sodium_base64_VARIANT_ORIGINAL)
        return out
    }

    /// Decodes one base64 line into exactly `expectedCount` bytes written to
    /// `destination`; returns false on bad characters, padding or length.
    static func decode(_ line: UnsafeRawBufferPointer, into destination: UnsafeMutableRawBufferPointer) -> Bool {
        Sodium.ensureInitialized()
        guard !line.isEmpty, let source = line.baseAddress?.assumingMemoryBound(to: CChar.self) else {
            return false
        }
        var decodedCount = 0
        var end: UnsafePointer<CChar>?
        let status = sodium_base642bin(destination.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                       destination.count, source, line.count, nil,
                                       &decodedCount, &end, sodium_base64_VARIANT_ORIGINAL)
        guard status == 0, decodedCount == destination.count, let end else { return false }
        return end == source + line.count
    }

    static func decode(_ line: [UInt8], count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        let ok = line.withUnsafeBytes { src in out.withUnsafeMutableBytes { decode(src, into: $0) } }
        return ok ? out : nil
    }

    /// Splits UTF-8 bytes into lines the way minisign's `fgets` + `trim`
    /// sees them: on `\n`, with carriage returns removed from line ends.
    static func lineRanges(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if index == bytes.count && start == index { break }
            var end = index
            while end > start && bytes[end - 1] == 0x0D { end -= 1 }
            ranges.append(start..<end)
            start = index + 1
        }
        return ranges
    }

    static func lines(_ text: String) -> [[UInt8]] {
        var copy = text
        return copy.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            return lineRanges(raw).map { Array(raw[$0]) }
        }
    }

    /// Checks a comment can be stored on one line and read back by minisign.
    /// Newlines are rejected rather than replaced because the trusted comment
    /// is signed: silently changing it would sign something else.
    static func validate(comment: String, trusted: Bool) throws {
        let which = trusted ? "trusted" : "untrusted"
        let limit = trusted ? maxTrustedCommentBytes : maxUntrustedCommentBytes
        if comment.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            throw SigningError.invalidComment("the \(which) comment must be a single line (it contains a line break)")
        }
        if comment.unicodeScalars.contains(where: { ($0.value < 0x20 && $0.value != 0x09) || (0x7F...0x9F).contains($0.value) }) {
            throw SigningError.invalidComment("the \(which) comment contains control characters minisign refuses")
        }
        if comment.utf8.count > limit {
            throw SigningError.invalidComment("the \(which) comment is \(comment.utf8.count) bytes; minisign accepts at most \(limit)")
        }
    }

    static func hasPrefix(_ line: [UInt8], _ prefix: String) -> Bool {
        line.starts(with: prefix.utf8)
    }
}
