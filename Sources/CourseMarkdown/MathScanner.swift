import CourseText
import Foundation

/// Finds `$…$` / `$$…$$` math in raw Markdown bytes, before cmark sees them.
///
/// Rules (close to Pandoc's `tex_math_dollars`):
/// - `$$` pairs are matched first; display math may span lines of one
///   paragraph (it stops at a blank line or at a code/HTML block line).
/// - inline `$` opens only when followed by a non-space, closes on a `$`
///   preceded by a non-space and not followed by a digit, and may continue
///   over soft line breaks of its paragraph, never past a blank line (so
///   `costs $5 and $10` and a lone `$5` are not math, and a formula the
///   editor wrapped still is).
/// - `\$` is a literal dollar (also inside math, where it does not close).
/// - nothing inside code spans or code/HTML blocks is math. Code spans are
///   matched left to right against math, as cmark would: whichever opens first wins.
///
/// Everything works on byte offsets so spans keep cmark's byte columns.
struct MathScanner {
    struct Found {
        var display: Bool
        /// Byte ranges to mask, one per source line touched by the math. The first
        /// starts at the opening `$`; later ones skip the line's container prefix
        /// (indentation, blockquote `>`), which cmark strips itself.
        var segments: [Range<Int>]
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable
    /// Lines (0-based) that belong to code or HTML blocks.
    let excluded: [Bool]
    /// Paragraph number per line: bumps at every blank or excluded line, so two
    /// offsets can only pair up (code span, math) when their numbers are equal.
    private let paragraph: [Int]
    /// Maximal backtick runs by length, start offsets ascending (code span closers).
    private let backtickRuns: [Int: [Int]]

    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineTable, excluded: [Bool]) {
        self.bytes = bytes
        self.lines = lines
        self.excluded = excluded
        var paragraph = [Int](repeating: 0, count: lines.count)
        var number = 0
        for line in 0..<lines.count {
            if excluded[line] || lines.isBlank(line, in: bytes) { number += 1 }
            paragraph[line] = number
        }
        self.paragraph = paragraph
        var runs: [Int: [Int]] = [:]
        var i = 0
        while let base = bytes.baseAddress, i < bytes.count,
              let hit = memchr(base + i, Int32(UInt8(ascii: "`")), bytes.count - i) {
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = start
            while i < bytes.count, bytes[i] == UInt8(ascii: "`") { i += 1 }
            runs[i - start, default: []].append(start)
        }
        self.backtickRuns = runs
    }

    func scan() -> [Found] {
        var found: [Found] = []
        var pos = 0
        var line = 0
        // Failure caches keep the scan linear on hostile input: a failed closer
        // search proves no closer exists up to where it stopped, for any later opener.
        var displayFailUntil = -1
        var inlineFailUntil = -1
        let n = bytes.count
        while pos < n {
            while line + 1 < lines.count, lines.start(line + 1) <= pos { line += 1 }
            if excluded[line] {
                pos = line + 1 < lines.count ? lines.start(line + 1) : n
                continue
            }
            switch bytes[pos] {
            case UInt8(ascii: "\\"):
                pos += (pos + 1 < n && bytes[pos + 1].isASCIIPunctuation) ? 2 : 1
            case UInt8(ascii: "`"):
                var end = pos
                while end < n, bytes[end] == UInt8(ascii: "`") { end += 1 }
                pos = codeSpanEnd(openerStart: pos, openerEnd: end, line: line) ?? end
            case UInt8(ascii: "$"):
                if pos + 1 < n, bytes[pos + 1] == UInt8(ascii: "$") {
                    guard pos > displayFailUntil else {
                        pos += 2
                        continue
                    }
                    switch displayMath(at: pos, line: line) {
                    case .found(let math):
                        found.append(math)
                        pos = math.segments.last!.upperBound
                    case .empty(let end):
                        pos = end
                    case .noCloser(let stop):
                        displayFailUntil = stop
                        pos += 2
                    }
                } else if pos > inlineFailUntil, pos + 1 < lines.contentEnd(line),
                          !bytes[pos + 1].isSpaceOrTab {
                    switch inlineMath(at: pos, line: line) {
                    case .found(let math):
                        found.append(math)
                        pos = math.segments.last!.upperBound
                    case .noCloser(let stop):
                        inlineFailUntil = stop
                        pos += 1
                    case .empty(let end):
                        pos = end
                    }
                } else {
                    pos += 1
                }
            default:
                // Most bytes are prose: jump to the next byte that can matter.
                pos = ByteSearch.firstIndex(of: UInt8(ascii: "$"), UInt8(ascii: "`"), UInt8(ascii: "\\"),
                                            in: bytes, from: pos + 1)
            }
        }
        return found
    }

    /// End offset of the code span opened by the run `openerStart..<openerEnd`,
    /// or nil when no run of the same length closes it in the same paragraph.
    private func codeSpanEnd(openerStart: Int, openerEnd: Int, line: Int) -> Int? {
        let length = openerEnd - openerStart
        guard let starts = backtickRuns[length] else { return nil }
        // Binary search for the first maximal run starting at or after openerEnd.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < openerEnd { low = mid + 1 } else { high = mid }
        }
        guard low < starts.count else { return nil }
        let closer = starts[low]
        guard paragraph[lines.line(of: closer)] == paragraph[line] else { return nil }
        return closer + length
    }

    /// The inline math opened at `open` (already known to be a valid
    /// opener): it may continue over soft line breaks of the same paragraph,
    /// as in KaTeX's auto-render and Pandoc (a line break in TeX is a space),
    /// so a formula wrapped by the editor is still math.
    private func inlineMath(at open: Int, line: Int) -> DisplayResult {
        let quoteDepth = lines.quoteMarkers(line, before: open, in: bytes)
        var segments: [Range<Int>] = []
        var segmentStart = open
        var j = open + 1
        var current = line
        while true {
            let end = lines.contentEnd(current)
            while j < end {
                let c = bytes[j]
                if c == UInt8(ascii: "\\") {
                    j += 2
                    continue
                }
                if c == UInt8(ascii: "$"), j > open + 1, !bytes[j - 1].isSpaceOrTab,
                   !(j + 1 < end && bytes[j + 1].isASCIIDigit) {
                    segments.append(segmentStart..<(j + 1))
                    return .found(Found(display: false, segments: segments))
                }
                j += 1
            }
            segments.append(segmentStart..<end)
            current += 1
            guard current < lines.count, !excluded[current],
                  paragraph[current] == paragraph[line] else { return .noCloser(stop: end) }
            segmentStart = lines.skipPrefix(current, quoteDepth: quoteDepth, in: bytes)
            guard segmentStart < lines.contentEnd(current) else { return .noCloser(stop: end) }
            j = segmentStart
        }
    }

    private enum DisplayResult {
        case found(Found)
        /// `$$$$` (or only whitespace between): not math; resume after it.
        /// (Display math only.)
        case empty(end: Int)
        /// No closer before `stop`, so no `$$` after the opener can open math either.
        case noCloser(stop: Int)
    }

    private func displayMath(at open: Int, line: Int) -> DisplayResult {
        let quoteDepth = lines.quoteMarkers(line, before: open, in: bytes)
        var segments: [Range<Int>] = []
        var segmentStart = open
        var j = open + 2
        var current = line
        var hasContent = false
        while true {
            let end = lines.contentEnd(current)
            while j < end {
                let c = bytes[j]
                if c == UInt8(ascii: "\\") {
                    hasContent = true
                    j += 2
                    continue
                }
                if c == UInt8(ascii: "$"), j + 1 < end, bytes[j + 1] == UInt8(ascii: "$") {
                    guard hasContent else { return .empty(end: j + 2) }
                    segments.append(segmentStart..<(j + 2))
                    return .found(Found(display: true, segments: segments))
                }
                if !c.isSpaceOrTab { hasContent = true }
                j += 1
            }
            segments.append(segmentStart..<end)
            current += 1
            guard current < lines.count, !excluded[current],
                  paragraph[current] == paragraph[line] else { return .noCloser(stop: end) }
            segmentStart = lines.skipPrefix(current, quoteDepth: quoteDepth, in: bytes)
            guard segmentStart < lines.contentEnd(current) else { return .noCloser(stop: end) }
            j = segmentStart
        }
    }
}

extension UInt8 {
    var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIPunctuation: Bool {
        (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40)
            || (self >= 0x5B && self <= 0x60) || (self >= 0x7B && self <= 0x7E)
    }
}
