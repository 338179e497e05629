import CourseKit
import Foundation

/// One row of a CSV file: its fields as bytes, and the line it starts on.
/// Reused from row to row, so reading a file allocates almost nothing.
public struct CSVRecord: Sendable {
    public internal(set) var bytes: [UInt8] = []
    /// End offset in `bytes` of each field.
    public internal(set) var ends: [Int] = []
    /// 1-based line where the row starts.
    public internal(set) var line = 0

    public init() {}

    public var count: Int { ends.count }

    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    public func field(_ index: Int) -> ArraySlice<UInt8> {
        bytes[range(index)]
    }

    /// The field as text, surrounding spaces removed (invalid UTF-8 replaced).
    public func string(_ index: Int) -> String {
        String(decoding: ByteText.trimmed(field(index)), as: UTF8.self)
    }
}

/// A streaming RFC 4180 reader: fields separated by `,` (or `;` or a tab,
/// as spreadsheets in some locales write them, chosen from the header),
/// optionally quoted with `"` (`""` inside quotes is one quote), rows ended
/// by LF or CRLF; a UTF-8 byte-order mark is skipped and blank lines are
/// ignored. The file is read in 1 MiB chunks, never whole.
public final class CSVReader {
    public enum Outcome: Equatable {
        case record
        case end
        /// A row that cannot be read (an unclosed quote, a row longer than
        /// `maxRowBytes`); it was skipped and reading goes on.
        case malformed(line: Int, message: Message)
    }

    /// A row longer than this is refused (an unclosed quote would otherwise
    /// turn the rest of a large file into one field).
    public static let maxRowBytes = 1 << 20

    public private(set) var separator: UInt8 = UInt8(ascii: ",")
    private let fd: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var filled = 0
    private var atEOF = false
    private var line = 1
    private var started = false

    public init(path: String) throws {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        buffer = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit { close(fd) }

    private func refill() -> Bool {
        if atEOF { return false }
        position = 0
        filled = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if filled <= 0 {
            filled = 0
            atEOF = true
            return false
        }
        return true
    }

    /// Reads the header row and picks the separator it uses (the most
    /// frequent of `,`, `;` and tab outside quotes).
    public func readHeader(into record: inout CSVRecord) -> Outcome {
        if !started {
            started = true
            _ = refill()
            if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
            var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 9: 0]
            var quoted = false
            for byte in buffer[position..<filled] {
                if byte == UInt8(ascii: "\"") { quoted.toggle() }
                if byte == 10 && !quoted { break }
                if !quoted, counts[byte] != nil { counts[byte]! += 1 }
            }
            let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
            if let best, best.value > 0 { separator = best.key }
        }
        return next(into: &record)
    }

    /// Reads the next non-blank row into `record`.
    public func next(into record: inout CSVRecord) -> Outcome {
        while true {
            let outcome = readRow(into: &record)
            if outcome == .record, record.count == 1, record.ends[0] == 0 { continue } // blank line
            return outcome
        }
    }

    /// The state of a row being read across buffer refills.
    private struct RowState {
        var inQuotes = false
        /// The field's quotes were just closed (`""` then means a literal quote).
        var quoteClosed = false
        var tooLong = false
    }

    private func readRow(into record: inout CSVRecord) -> Outcome {
        record.bytes.removeAll(keepingCapacity: true)
        record.ends.removeAll(keepingCapacity: true)
        record.line = line
        var state = RowState()
        var any = false
        while true {
            if position >= filled && !refill() {
                if !any { return .end }
                if state.inQuotes { return .malformed(line: record.line, message: "a quote opened on this line is never closed") }
                if state.tooLong { return .malformed(line: record.line, message: Self.tooLongMessage) }
                record.ends.append(record.bytes.count)
                return .record
            }
            any = true
            if scan(into: &record, &state) {
                return state.tooLong ? .malformed(line: record.line, message: Self.tooLongMessage) : .record
            }
        }
    }

    /// Reads from the buffer until the row ends (true) or the buffer does
    /// (false). Runs of plain bytes are copied at once.
    private func scan(into record: inout CSVRecord, _ state: inout RowState) -> Bool {
        let quote = UInt8(ascii: "\""), cr = UInt8(13), lf = UInt8(10), sep = separator
        let end = filled
        var i = position
        var lines = 0
        defer {
            position = i
            line += lines
        }
        return buffer.withUnsafeBufferPointer { buf -> Bool in
            func copy(_ from: Int, _ to: Int) {
                guard to > from, !state.tooLong else { return }
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[from..<to]))
                if record.bytes.count > Self.maxRowBytes { state.tooLong = true }
            }
            while i < end {
                if state.inQuotes {
                    var j = i
                    while j < end, buf[j] != quote {
                        if buf[j] == lf { lines += 1 }
                        j += 1
                    }
                    copy(i, j)
                    i = j
                    if j < end {
                        state.inQuotes = false
                        state.quoteClosed = true
                        i += 1
                    }
                    continue
                }
                var j = i
                while j < end {
                    let b = buf[j]
                    if b == sep || b == lf || b == quote { break }
                    j += 1
                }
                if j > i { state.quoteClosed = false }
                copy(i, j)
                i = j
                guard i < end else { return false }
                let byte = buf[i]
                i += 1
                if byte == sep {
                    record.ends.append(record.bytes.count)
                    state.quoteClosed = false
                } else if byte == lf {
                    lines += 1
                    if record.bytes.last == cr, record.bytes.count > (record.ends.last ?? 0) { record.bytes.removeLast() }
                    record.ends.append(record.bytes.count)
                    return true
                } else if state.quoteClosed {
                    // `""` inside quotes: a literal quote, and the quotes go on.
                    state.inQuotes = true
                    state.quoteClosed = false
                    if !state.tooLong { record.bytes.append(quote) }
                } else if record.bytes.count == (record.ends.last ?? 0) {
                    state.inQuotes = true
                } else if !state.tooLong {
                    record.bytes.append(byte)
                }
            }
            return false
        }
    }

    static let tooLongMessage: Message = "the row is longer than 1 MiB (an unclosed quote?)"
}

/// Byte-level text helpers for CSV fields.
enum ByteText {
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return bytes[lo..<hi]
    }

    /// ASCII-lowercased copy.
    static func lowered(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
