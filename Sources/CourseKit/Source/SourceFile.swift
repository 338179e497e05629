import Foundation

/// The decoded text of one source file, with what is needed to turn byte
/// offsets (as libyaml and cmark report them) into line and column.
///
/// A file is decoded once: a UTF-8 byte-order mark is dropped, `CRLF` and
/// lone `CR` become `LF` (line numbers are unchanged by this), and invalid
/// UTF-8 is replaced by U+FFFD after being reported by the loader.
public final class SourceFile: Sendable {
    /// Path relative to the repository root, `/`-separated.
    public let path: String
    public let text: String
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]
    private let utf8: [UInt8]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let bytes = Array(text.utf8)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            let count = buffer.count
            while offset < count, let hit = memchr(base + offset, 0x0A, count - offset) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(i + 1)
                offset = i + 1
            }
        }
        self.lineStarts = starts
        self.utf8 = bytes
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        if end < start { end = start }
        // A slice of `text` (line starts follow a newline, so they are
        // character boundaries): no copy, no second decoding.
        let view = text.utf8
        let from = view.index(view.startIndex, offsetBy: start)
        return text[from..<view.index(from, offsetBy: end - start)]
    }

    /// Converts a 1-based byte column on a line (cmark's unit) to a 1-based
    /// character column (the unit diagnostics use).
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] : utf8.count
        let end = min(start + byteColumn - 1, lineEnd)
        // Count scalar starts: every byte that is not a continuation byte
        // (10xxxxxx), eight bytes at a time.
        var continuation = 0
        utf8.withUnsafeBytes { raw in
            var i = start
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuation += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < end {
                if raw[i] & 0xC0 == 0x80 { continuation += 1 }
                i += 1
            }
        }
        return 1 + (end - start) - continuation
    }

    /// Position of a UTF-8 offset in the whole text.
    public func position(utf8Offset offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let line = low + 1
        return SourcePosition(line: line, column: characterColumn(line: line, byteColumn: offset - lineStarts[low] + 1))
    }

    /// UTF-8 offset of a line and 1-based byte column.
    public func utf8Offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return utf8.count }
        return min(lineStarts[line - 1] + max(byteColumn, 1) - 1, utf8.count)
    }

    /// The text between two byte positions (inclusive end column, as cmark reports).
    public func text(fromLine l1: Int, byteColumn c1: Int, toLine l2: Int, byteColumn c2: Int) -> String {
        let a = utf8Offset(line: l1, byteColumn: c1)
        let b = min(utf8Offset(line: l2, byteColumn: c2) + 1, utf8.count)
        guard a < b else { return "" }
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }

    /// A range on one line from character column `column` for `length` characters.
    public func range(line: Int, column: Int, length: Int = 1) -> SourceRange {
        SourceRange(file: path, line: line, column: column, length: length)
    }

    /// Every non-overlapping occurrence of `needle` on a line, left to right,
    /// found in one pass (searching again from each hit rescanned the line
    /// from its start, which made a line of many blanks quadratic).
    public func ranges(of needle: String, onLine line: Int) -> [SourceRange] {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return [] }
        let length = needle.unicodeScalars.count
        var result: [SourceRange] = []
        var col = 1
        var i = start
        while i + pattern.count <= end {
            let byte = utf8[i]
            if byte == head, utf8[i..<(i + pattern.count)].elementsEqual(pattern) {
                result.append(range(line: line, column: col, length: length))
                i += pattern.count
                col += length
                continue
            }
            if byte & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return result
    }

    /// Finds `needle` on a line and returns its character range, for pointing
    /// at a value inside a line the parser only gave a line for. Searches the
    /// UTF-8 bytes (this runs for every question attribute of every quiz).
    public func range(of needle: String, onLine line: Int, from column: Int = 1) -> SourceRange? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        let pattern = Array(needle.utf8)
        guard let head = pattern.first, end - start >= pattern.count else { return nil }
        var col = 1
        var i = start
        while i + pattern.count <= end {
            let byte = utf8[i]
            if byte & 0xC0 != 0x80 {
                if col >= column, byte == head, utf8[i..<(i + pattern.count)].elementsEqual(pattern) {
                    return range(line: line, column: col, length: needle.unicodeScalars.count)
                }
                col += 1
            }
            i += 1
        }
        return nil
    }
}
