import Testing
@testable import CourseKit

/// Byte columns (cmark, libyaml) become character columns for diagnostics;
/// the word-at-a-time count must agree with counting scalars.
@Suite struct CharacterColumnTests {
    @Test func agreesWithCountingScalars() {
        let line = "Ñandú: $x^2$ — “cita” ½ 😀 ección más allá del río, niño; 1234567890 ¿qué? ¡sí! ü ö ß é"
        let file = SourceFile(path: "a.md", text: "primera línea\n" + line + "\núltima")
        let bytes = Array(line.utf8)
        for byteColumn in 1...(bytes.count + 1) {
            let expected = 1 + String(decoding: bytes.prefix(byteColumn - 1), as: UTF8.self).unicodeScalars.count
            // Only columns at scalar boundaries are meaningful; others must not crash.
            let isBoundary = byteColumn > bytes.count || bytes[byteColumn - 1] & 0xC0 != 0x80
            let column = file.characterColumn(line: 2, byteColumn: byteColumn)
            if isBoundary { #expect(column == expected, "byte column \(byteColumn)") }
        }
        #expect(file.characterColumn(line: 1, byteColumn: 10) == 10)
    }
}
