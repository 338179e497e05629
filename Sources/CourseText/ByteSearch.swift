/// Word-at-a-time byte searches for the scanners that read every byte of
/// every lesson body (math, markers), eight bytes per step instead of one.
/// Most of a body is prose: ASCII letters with an accented letter now and
/// then, and no `$`, backtick or backslash for hundreds of bytes.
public enum ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether some byte of `word` is `byte` (exact: the borrow trick can
    /// only misplace which byte is flagged, never whether one is).
    @inline(__always)
    private static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// The first offset at or after `start` whose byte is not ASCII, or
    /// `bytes.count`.
    public static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var i = start
        while i + 8 <= bytes.count, word(base, i) & highBits == 0 { i += 8 }
        while i < bytes.count, bytes[i] < 0x80 { i += 1 }
        return min(i, bytes.count)
    }

    /// The first offset at or after `start` holding `a`, `b` or `c`, or
    /// `bytes.count`.
    public static func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                           from start: Int) -> Int {
        firstIndex(of: a, b, c, c, in: bytes, from: start)
    }

    /// The first offset at or after `start` holding `a`, `b`, `c` or `d`,
    /// or `bytes.count`.
    public static func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                           from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var i = start
        while i + 8 <= bytes.count {
            let w = word(base, i)
            if contains(w, a) || contains(w, b) || contains(w, c) || contains(w, d) { break }
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == a || byte == b || byte == c || byte == d { return i }
            i += 1
        }
        return bytes.count
    }

    /// Whether `bytes` hold `needle`. With `ignoringASCIICase`, an ASCII
    /// letter of the text matches either case of the needle's letter (the
    /// needle's other bytes match exactly). Jumps between occurrences of
    /// the needle's first byte a word at a time.
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                ignoringASCIICase: Bool = false) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        let (a, b) = ignoringASCIICase ? (lowered(first), raised(first)) : (first, first)
        let last = bytes.count - needle.count
        var i = 0
        while i <= last {
            i = firstIndex(of: a, b, b, b, in: bytes, from: i)
            guard i <= last else { return false }
            var k = 1
            while k < needle.count, same(bytes[i + k], needle[k], ignoringASCIICase) { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }

    /// `contains` on a string's UTF-8 (`Substring`s included).
    public static func contains<Text: StringProtocol>(_ needle: String, in text: Text,
                                                      ignoringASCIICase: Bool = false) -> Bool {
        var needle = needle
        needle.makeContiguousUTF8()
        return needle.utf8.withContiguousStorageIfAvailable { pattern in
            text.utf8.withContiguousStorageIfAvailable { contains(pattern, in: $0, ignoringASCIICase: ignoringASCIICase) }
                ?? Array(text.utf8).withUnsafeBufferPointer { contains(pattern, in: $0, ignoringASCIICase: ignoringASCIICase) }
        }!
    }

    @inline(__always)
    private static func same(_ byte: UInt8, _ wanted: UInt8, _ ignoringCase: Bool) -> Bool {
        byte == wanted || (ignoringCase && lowered(byte) == lowered(wanted))
    }

    @inline(__always) private static func lowered(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    @inline(__always) private static func raised(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
}
