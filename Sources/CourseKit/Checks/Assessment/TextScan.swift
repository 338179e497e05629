import CourseText

/// Allocation-free text tests for the item-writing checks, which run on
/// every option of every quiz: Foundation's `contains` and `Character`
/// iteration dominated the profile of `check` on the benchmark corpus.
enum TextScan {
    /// Whether `text` contains the ASCII `needle`, ignoring ASCII case.
    static func containsASCII(_ text: String, _ needle: String) -> Bool {
        ByteSearch.contains(needle, in: text, ignoringASCIICase: true)
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s == " " || s == "\n" || s == "\t" || s == "\r" }
        return s.properties.isWhitespace
    }
}
