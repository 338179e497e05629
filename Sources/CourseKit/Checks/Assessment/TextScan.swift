/// Allocation-free text tests for the item-writing checks, which run on
/// every option of every quiz: Foundation's `contains` and `Character`
/// iteration dominated the profile of `check` on the benchmark corpus.
enum TextScan {
    /// Whether `text` contains the ASCII `needle`, ignoring ASCII case.
    static func containsASCII(_ text: String, _ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= n.count else { return false }
            outer: for start in 0...(bytes.count - n.count) {
                for k in 0..<n.count where lower(bytes[start + k]) != n[k] { continue outer }
                return true
            }
            return false
        } ?? false
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s == " " || s == "\n" || s == "\t" || s == "\r" }
        return s.properties.isWhitespace
    }
}
