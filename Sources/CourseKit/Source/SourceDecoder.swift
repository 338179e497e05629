import Foundation

/// Turns raw bytes into a `SourceFile`, reporting what an author must fix:
/// invalid UTF-8 (with the line and column of each bad byte), binary content,
/// and files too large to be text sources.
public enum SourceDecoder {
    /// Text sources larger than this are refused: a lesson is never megabytes
    /// of Markdown, and a bound keeps a pathological file from stalling a run.
    public static let maximumTextSize = 4 * 1024 * 1024

    public enum Outcome {
        case decoded(SourceFile)
        case refused
    }

    public static func decode(_ bytes: [UInt8], path: String, into sink: DiagnosticSink) -> Outcome {
        if bytes.count > maximumTextSize {
            sink.report(Rules.fileTooLarge, at: .file(path),
                        "this file is \(ByteCount.describe(bytes.count)); text sources may be at most \(ByteCount.describe(maximumTextSize))")
            return .refused
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // memchr: a generic `firstIndex(of:)` over the slice showed in profiles.
        let nulOffset = body.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let nulOffset {
            let nul = body.startIndex + nulOffset
            let position = lineAndColumn(of: nul, in: body)
            sink.report(Rules.binaryFile, at: SourceRange(file: path, line: position.line, column: position.column),
                        "this file contains binary data (a NUL byte), not text")
            return .refused
        }
        var text: String
        // Validate on contiguous storage: the fast path of the standard library.
        if let valid = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
            text = valid
        } else {
            reportInvalidUTF8(body, path: path, into: sink)
            text = String(decoding: body, as: UTF8.self)
        }
        // memchr over contiguous bytes: a generic `contains` was visible in profiles.
        let hasCR = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        } ?? true
        if hasCR { text = lineFeedsOnly(text) }
        return .decoded(SourceFile(path: path, text: text))
    }

    /// CRLF and lone CR become LF. Bytes, not Foundation's
    /// `replacingOccurrences`, which matches whole composed character
    /// sequences and so left a CR followed by a combining mark in the text.
    private static func lineFeedsOnly(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A, afterCR { afterCR = false; continue }
            afterCR = byte == 0x0D
            bytes.append(afterCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func reportInvalidUTF8(_ bytes: ArraySlice<UInt8>, path: String, into sink: DiagnosticSink) {
        var reported = 0
        var i = bytes.startIndex
        while i < bytes.endIndex, reported < 5 {
            let length = validSequenceLength(bytes, at: i)
            if length == 0 {
                let position = lineAndColumn(of: i, in: bytes)
                let hex = String(bytes[i], radix: 16, uppercase: true)
                sink.report(Rules.invalidUTF8, at: SourceRange(file: path, line: position.line, column: position.column),
                            "invalid UTF-8 byte 0x\(hex); save the file as UTF-8")
                reported += 1
                i += 1
            } else {
                i += length
            }
        }
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 if invalid.
    private static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let first = b[i]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= b.endIndex else { return 0 }
        for k in 1..<length where b[i + k] & 0xC0 != 0x80 { return 0 }
        if first == 0xE0 && b[i + 1] < 0xA0 { return 0 }
        if first == 0xED && b[i + 1] > 0x9F { return 0 }
        if first == 0xF0 && b[i + 1] < 0x90 { return 0 }
        if first == 0xF4 && b[i + 1] > 0x8F { return 0 }
        return length
    }

    /// 1-based line and character column of a byte index in the decoded
    /// text: the bytes before it decoded as `decode` does (each invalid
    /// byte a U+FFFD), and a lone CR ending a line as it does once it is
    /// an LF. Only runs for a file with a problem.
    private static func lineAndColumn(of index: Int, in bytes: ArraySlice<UInt8>) -> SourcePosition {
        var line = 1, column = 1
        var afterCR = false
        for scalar in String(decoding: bytes[bytes.startIndex..<index], as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\n": if !afterCR { line += 1 }; column = 1
            case "\r": line += 1; column = 1
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        return SourcePosition(line: line, column: column)
    }
}

/// Human-readable byte counts for messages and build output.
public enum ByteCount {
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        if bytes < 1024 * 1024 * 1024 { return String(format: "%.1f MiB", Double(bytes) / 1048576) }
        return String(format: "%.2f GiB", Double(bytes) / 1073741824)
    }
}
