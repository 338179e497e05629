#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line start offsets of a byte buffer, with cmark's idea of line endings
/// (`\n`, `\r\n` and a lone `\r`), so line numbers agree with cmark's.
struct LineTable {
    private var starts: [Int] = [0]
    /// Offset just past the last content byte of each line (before its ending).
    private var ends: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else {
            ends.append(0)
            return
        }
        // Sources are normalised to `\n` before parsing, so usually there is
        // no `\r` at all and memchr can jump from line to line.
        if memchr(base, 0x0D, n) == nil {
            var offset = 0
            while offset < n, let hit = memchr(base + offset, 0x0A, n - offset) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                ends.append(i)
                starts.append(i + 1)
                offset = i + 1
            }
            ends.append(n)
            return
        }
        var i = 0
        while i < n {
            let c = bytes[i]
            if c == 0x0A || c == 0x0D {
                ends.append(i)
                i += (c == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                starts.append(i)
            } else {
                i += 1
            }
        }
        ends.append(n)
    }

    var count: Int { starts.count }
    func start(_ line: Int) -> Int { starts[line] }
    func contentEnd(_ line: Int) -> Int { ends[line] }

    /// 0-based line containing `offset` (binary search).
    func line(of offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based cmark-style point for a byte offset.
    func point(of offset: Int) -> SourcePoint {
        let line = line(of: offset)
        return SourcePoint(line: line + 1, column: offset - starts[line] + 1)
    }

    func isBlank(_ line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = starts[line]
        while i < ends[line] {
            if !bytes[i].isSpaceOrTab { return false }
            i += 1
        }
        return true
    }

    /// Number of blockquote markers (`>`) in the part of `line` before `offset`:
    /// how many markers to strip from continuation lines of multi-line math.
    func quoteMarkers(_ line: Int, before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = starts[line]
        while i < offset {
            let c = bytes[i]
            if c == UInt8(ascii: ">") { count += 1 } else if !c.isSpaceOrTab { break }
            i += 1
        }
        return count
    }

    /// First content offset of a continuation line: skips indentation and up to
    /// `quoteDepth` blockquote markers, which cmark strips before inline parsing.
    func skipPrefix(_ line: Int, quoteDepth: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = starts[line]
        let end = ends[line]
        var markers = 0
        while i < end {
            let c = bytes[i]
            if c.isSpaceOrTab {
                i += 1
            } else if c == UInt8(ascii: ">"), markers < quoteDepth {
                markers += 1
                i += 1
            } else {
                break
            }
        }
        return i
    }
}
