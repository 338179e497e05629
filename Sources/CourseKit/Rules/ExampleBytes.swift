/// Example files that are bytes rather than text: what the docs and
/// `coursec explain` say of them instead of printing them.
public enum ExampleBytes {
    /// Latin-1 text where UTF-8 is expected: "Lección" saved by an old editor.
    public static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    public static func describe(_ bytes: [UInt8]) -> Message {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        if bytes.count > 2_000 { return "a file of \(bytes.count) bytes" }
        if !valid {
            let shown = String(decoding: bytes.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
            return "\(bytes.count) bytes that are not UTF-8: “\(shown)”"
        }
        return "\(bytes.count) bytes, among them control characters"
    }
}
