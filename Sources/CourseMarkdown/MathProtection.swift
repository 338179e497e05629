import CourseText
/// Keeps `$…$` / `$$…$$` TeX away from the Markdown inline parser.
///
/// Approach: `MathScanner` finds the math byte ranges first (outside code spans
/// and code/HTML blocks). Each range is then overwritten, in a copy of the
/// source, by an inert placeholder of the SAME UTF-8 byte length, on every line
/// it touches, leaving line endings in place. So cmark sees plain letters where
/// the math was and every other node keeps its exact line and byte column.
///
/// A placeholder is a marker character followed by `x` filler bytes. The marker
/// identifies the math span: a private-use character U+E000… (3 bytes) or, for a
/// display opener that stands alone on its line (`$$`, 2 bytes), a Latin
/// Extended letter U+0100…U+024F. Characters the author already uses are never
/// chosen as markers, so author text cannot be mistaken for one. `x` is not a
/// special inline character for cmark or its extensions, so a placeholder is
/// never split between text nodes. Continuation lines of multi-line display math
/// are pure filler after the line's container prefix (indentation and
/// blockquote `>`), which cmark strips anyway.
///
/// After parsing, `restore` turns placeholders in text nodes back into
/// `.math` nodes (consuming the soft breaks and filler of continuation lines),
/// and `unmask` puts the original bytes back into any other string (URLs,
/// titles, raw HTML) where cmark may have carried a placeholder.
/// If the markers run out (over ~6,700 math spans in one file) the rest of the
/// math is left unprotected rather than failing.
struct MathProtection {
    struct Span {
        var display: Bool
        var tex: String
        var segmentLengths: [Int]
        var markerLength: Int
        /// Original bytes of the first segment, for `unmask`.
        var firstSegment: String
        var start: SourcePoint
        var end: SourcePoint
    }

    static let filler = UInt8(ascii: "x")

    private(set) var spans: [Span] = []
    private(set) var byMarker: [UInt32: Int] = [:]
    private(set) var masked: [UInt8]

    init?(bytes: UnsafeBufferPointer<UInt8>, lines: LineTable, found: [MathScanner.Found]) {
        masked = Array(bytes)
        var used = Set<UInt32>()
        var i = 0
        while i < bytes.count {
            i = ByteSearch.firstNonASCII(in: bytes, from: i)
            guard i < bytes.count else { break }
            let c = bytes[i]
            // ASCII and Latin-1 letters (á, é, ñ: lead byte 0xC3) are never markers.
            if c < 0xC4 {
                i += 1
                continue
            }
            if c <= 0xC9, i + 1 < bytes.count {
                used.insert(UInt32(c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
            } else if c == 0xEE || c == 0xEF, i + 2 < bytes.count {
                used.insert(UInt32(c & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                            | UInt32(bytes[i + 2] & 0x3F))
            }
            i += 1
        }
        var next3: UInt32 = 0xE000
        var next2: UInt32 = 0x0100
        for math in found {
            let first = math.segments[0]
            let markerLength = first.count >= 3 ? 3 : 2
            var marker: UInt32
            if markerLength == 3 {
                while used.contains(next3) { next3 += 1 }
                guard next3 <= 0xF8FF else { continue }
                marker = next3
                next3 += 1
            } else {
                while used.contains(next2) { next2 += 1 }
                guard next2 <= 0x024F else { continue }
                marker = next2
                next2 += 1
            }
            for segment in math.segments {
                for k in segment { masked[k] = Self.filler }
            }
            if markerLength == 3 {
                masked[first.lowerBound] = 0xE0 | UInt8(marker >> 12)
                masked[first.lowerBound + 1] = 0x80 | UInt8((marker >> 6) & 0x3F)
                masked[first.lowerBound + 2] = 0x80 | UInt8(marker & 0x3F)
            } else {
                masked[first.lowerBound] = 0xC0 | UInt8(marker >> 6)
                masked[first.lowerBound + 1] = 0x80 | UInt8(marker & 0x3F)
            }
            byMarker[marker] = spans.count
            spans.append(Span(
                display: math.display,
                tex: Self.tex(of: math, in: bytes),
                segmentLengths: math.segments.map(\.count),
                markerLength: markerLength,
                firstSegment: String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self),
                start: lines.point(of: first.lowerBound),
                end: lines.point(of: math.segments.last!.upperBound - 1)))
        }
        if spans.isEmpty { return nil }
    }

    /// TeX between the delimiters; display math joins its lines with `\n`
    /// (container prefixes already excluded) and trims surrounding whitespace.
    private static func tex(of math: MathScanner.Found, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let delimiter = math.display ? 2 : 1
        var out: [UInt8] = []
        for (index, segment) in math.segments.enumerated() {
            if index > 0 { out.append(0x0A) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment]))
        }
        var slice = out[delimiter..<(out.count - delimiter)]
        if math.display {
            while let f = slice.first, f.isSpaceOrTab || f == 0x0A { slice.removeFirst() }
            while let l = slice.last, l.isSpaceOrTab || l == 0x0A { slice.removeLast() }
        }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The protected expressions as public values, lines shifted by `lineOffset`.
    func expressions(lineOffset: Int) -> [MathExpression] {
        spans.map { span in
            let start = SourcePoint(line: span.start.line + lineOffset, column: span.start.column)
            let end = SourcePoint(line: span.end.line + lineOffset, column: span.end.column)
            var offset: Int?
            if span.segmentLengths.count == 1 {
                // Skip the delimiter and, in display math, the spaces the TeX was trimmed of.
                let delimiter = span.display ? 2 : 1
                let inner = span.firstSegment.utf8.dropFirst(delimiter)
                offset = delimiter + inner.prefix { $0 == 0x20 || $0 == 0x09 }.count
            }
            return MathExpression(tex: span.tex, display: span.display, span: SourceSpan(start: start, end: end),
                                  texColumnOffset: offset)
        }
    }

    /// The math span whose marker starts at `bytes[at]`, with the marker length,
    /// if the full first-segment placeholder is present there.
    func marker(in bytes: [UInt8], at q: Int) -> Int? {
        let c = bytes[q]
        var scalar: UInt32
        if c >= 0xC4, c <= 0xC9, q + 1 < bytes.count {
            scalar = UInt32(c & 0x1F) << 6 | UInt32(bytes[q + 1] & 0x3F)
        } else if c == 0xEE || c == 0xEF, q + 2 < bytes.count {
            scalar = UInt32(c & 0x0F) << 12 | UInt32(bytes[q + 1] & 0x3F) << 6 | UInt32(bytes[q + 2] & 0x3F)
        } else {
            return nil
        }
        guard let index = byMarker[scalar] else { return nil }
        let span = spans[index]
        let length = span.segmentLengths[0]
        guard q + length <= bytes.count else { return nil }
        for k in (q + span.markerLength)..<(q + length) where bytes[k] != Self.filler { return nil }
        return index
    }

    static func mayContainMarker(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var i = ByteSearch.firstNonASCII(in: bytes, from: 0)
            while i < bytes.count {
                let c = bytes[i]
                if (c >= 0xC4 && c <= 0xC9) || c == 0xEE || c == 0xEF { return true }
                i = ByteSearch.firstNonASCII(in: bytes, from: i + 1)
            }
            return false
        }
    }

    /// Puts the original source back wherever a first-segment placeholder occurs.
    func unmask(_ s: String) -> String {
        guard Self.mayContainMarker(s) else { return s }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var q = 0
        while q < bytes.count {
            if let index = marker(in: bytes, at: q) {
                out.append(contentsOf: spans[index].firstSegment.utf8)
                q += spans[index].segmentLengths[0]
            } else {
                out.append(bytes[q])
                q += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
