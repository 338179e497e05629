import Testing
@testable import CourseKit

@Suite struct SourceDecoderTests {
    func decode(_ bytes: [UInt8]) -> (SourceFile?, [Diagnostic]) {
        let sink = DiagnosticSink()
        if case .decoded(let file) = SourceDecoder.decode(bytes, path: "f.md", into: sink) { return (file, sink.diagnostics) }
        return (nil, sink.diagnostics)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let (file, diagnostics) = decode([0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\r\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(file?.text == "a: 1\nb: 2\n")
        #expect(file?.line(2) == "b: 2")
    }

    @Test func invalidUTF8IsReportedAtEachBadByte() {
        // "Lección" in Latin-1 on line 2, and again on line 3.
        let bytes = Array("id: x\ntitle: Lecci".utf8) + [0xF3] + Array("n\nOtra: ".utf8) + [0xE9] + Array("\n".utf8)
        let (file, diagnostics) = decode(bytes)
        #expect(file != nil, "decoding goes on so other problems are found too")
        #expect(diagnostics.map(\.id) == ["CS0001", "CS0001"])
        #expect(diagnostics.map(\.range.start) == [SourcePosition(line: 2, column: 13), SourcePosition(line: 3, column: 7)])
    }

    /// Found by `make fuzz` (quiz): bad bytes were located by counting LF
    /// bytes and first bytes, but the text has a line break for every lone
    /// CR and a U+FFFD for every bad byte, so after either a diagnostic
    /// pointed at the wrong line, or past the end of its line.
    @Test func badBytesAreLocatedInTheDecodedText() throws {
        let bytes = Array("---\r\u{1}\r--\r\n1. Cu".utf8) + [0x80, 0x80] + Array("nto ".utf8) + [0xF0] + Array("x\n".utf8)
        let (file, diagnostics) = decode(bytes)
        let text = try #require(file)
        #expect(diagnostics.map(\.id) == ["CS0001", "CS0001", "CS0001"])
        #expect(diagnostics.map(\.range.start.line) == [4, 4, 4])
        // Each diagnostic points at the U+FFFD that replaced its byte.
        for diagnostic in diagnostics {
            let line = Array(text.line(diagnostic.range.start.line).unicodeScalars)
            let column = diagnostic.range.start.column
            #expect(column <= line.count && line[column - 1] == "\u{FFFD}", "\(diagnostic.range.start)")
        }
    }

    /// Found by `make fuzz` (frontmatter): a CR followed by a combining mark
    /// stayed in the text (Foundation matched "\r" only as a whole composed
    /// sequence), so the file had a line break its line table did not count.
    @Test func everyCarriageReturnBecomesALineFeed() throws {
        let bytes = Array("a\r\u{301}b\r\n\u{301}c\r".utf8) + [0x9E] + Array("\n".utf8)
        let (file, diagnostics) = decode(bytes)
        let text = try #require(file)
        #expect(text.text == "a\n\u{301}b\n\u{301}c\n\u{FFFD}\n")
        #expect(text.lineCount == 5)
        #expect(diagnostics.map(\.range.start) == [SourcePosition(line: 4, column: 1)])
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(decode([0xC0, 0xAF]).1.count >= 1)
        #expect(decode([0xED, 0xA0, 0x80]).1.count >= 1)
    }

    @Test func binaryAndHugeFilesAreRefused() {
        #expect(decode(Array("abc".utf8) + [0, 1, 2]).1.map(\.id) == ["CS0007"])
        let huge = [UInt8](repeating: 0x61, count: SourceDecoder.maximumTextSize + 1)
        let (file, diagnostics) = decode(huge)
        #expect(file == nil)
        #expect(diagnostics.map(\.id) == ["CS0008"])
    }

    @Test func columnsAreCharactersNotBytes() {
        let file = SourceFile(path: "f", text: "añó: x\n")
        #expect(file.characterColumn(line: 1, byteColumn: 7) == 5)
        #expect(file.range(of: "x", onLine: 1)?.start.column == 6)
    }
}
