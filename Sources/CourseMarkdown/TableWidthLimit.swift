#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The widest table row coursec parses as a table.
///
/// cmark-gfm 0.29's table extension appends each cell of a row to a linked
/// list by walking the list from its head, so a row costs time quadratic in
/// its cells: one lesson holding a 20,000-column table took 78 seconds and
/// 1.5 GB to check. No course needs more than a few dozen columns, so a row
/// of more than `maximumCells` cells in a table is an error (reported by the
/// loader), and a text that has one is parsed without the table extension
/// (`CmarkSession`), which keeps every parse linear.
///
/// What counts: a line whose unescaped `|` make more than `maximumCells`
/// cells, in a block of consecutive non-blank lines that has a delimiter
/// row (a line of `-`, `|`, `:` and spaces). Only such a block can hold
/// rows the extension parses; a line of many `|` elsewhere is text.
public enum TableWidthLimit {
    public static let maximumCells = 64

    /// A row over the limit: its 1-based line in the text, the 1-based byte
    /// column of its first character, and how many cells it has.
    public struct WideRow: Sendable, Equatable {
        public var line: Int
        public var byteColumn: Int
        public var cells: Int
    }

    /// The first row over the limit of each block that has one, in order.
    public static func wideRows(in text: String) -> [WideRow] {
        var text = text
        return text.withUTF8 { wideRows(in: $0, firstOnly: false) }
    }

    /// Whether `bytes` hold a row over the limit (stops at the first).
    static func hasWideRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !wideRows(in: bytes, firstOnly: true).isEmpty
    }

    private static func wideRows(in bytes: UnsafeBufferPointer<UInt8>, firstOnly: Bool) -> [WideRow] {
        // Almost every text has no line with that many `|`: it costs a
        // memchr from pipe to pipe, not the row scan below (a tenth of
        // `coursec check` before).
        guard hasLineWithManyPipes(bytes) else { return [] }
        let lines = LineTable(bytes)
        var result: [WideRow] = []
        var blockWide: WideRow?
        var blockHasDelimiterRow = false
        func endBlock() {
            if blockHasDelimiterRow, let wide = blockWide { result.append(wide) }
            blockWide = nil
            blockHasDelimiterRow = false
        }
        for line in 0..<lines.count {
            if lines.isBlank(line, in: bytes) {
                endBlock()
                if firstOnly, !result.isEmpty { return result }
                continue
            }
            let shape = shape(of: line, lines: lines, bytes: bytes)
            blockHasDelimiterRow = blockHasDelimiterRow || shape.isDelimiterRow
            if blockWide == nil, shape.cells > maximumCells {
                blockWide = WideRow(line: line + 1, byteColumn: shape.firstByte - lines.start(line) + 1, cells: shape.cells)
            }
        }
        endBlock()
        return result
    }

    /// Whether some line holds `maximumCells` or more `|`. A row of more
    /// than `maximumCells` cells needs that many (escaped ones included:
    /// counting them too only makes the test more cautious), so a text
    /// without such a line has no wide row.
    private static func hasLineWithManyPipes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let pipe = UInt8(ascii: "|")
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, Int32(pipe), bytes.count - offset) {
            // From the line's first `|` to its end (`\n`, `\r` or the text's end).
            var i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var pipes = 0
            while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D {
                if bytes[i] == pipe { pipes += 1 }
                i += 1
            }
            if pipes >= maximumCells { return true }
            offset = i + 1
        }
        return false
    }

    /// The cells a line would make as a table row (1 when it has no `|`),
    /// whether it could be a delimiter row, and its first non-blank byte.
    private static func shape(of line: Int, lines: LineTable, bytes: UnsafeBufferPointer<UInt8>)
        -> (cells: Int, isDelimiterRow: Bool, firstByte: Int) {
        var i = lines.start(line)
        let end = lines.contentEnd(line)
        while i < end, bytes[i].isSpaceOrTab { i += 1 }
        let first = i
        var pipes = 0, dashes = 0
        var onlyDelimiterBytes = true
        var lastPipe = -1, lastContent = -1
        while i < end {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\\"):
                // An escaped `|` is text, not a cell boundary.
                onlyDelimiterBytes = false
                lastContent = i + 1
                i += 2
                continue
            case UInt8(ascii: "|"):
                pipes += 1
                lastPipe = i
                lastContent = i
            case UInt8(ascii: "-"):
                dashes += 1
                lastContent = i
            case UInt8(ascii: ":"), UInt8(ascii: ">"):
                lastContent = i
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            default:
                onlyDelimiterBytes = false
                lastContent = i
            }
            i += 1
        }
        guard pipes > 0 else { return (1, onlyDelimiterBytes && dashes > 0, first) }
        let leading = bytes[first] == UInt8(ascii: "|") ? 1 : 0
        let trailing = lastPipe == lastContent && lastPipe != first ? 1 : 0
        return (pipes + 1 - leading - trailing, onlyDelimiterBytes && dashes > 0, first)
    }
}
